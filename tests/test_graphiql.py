"""GraphiQL is served by studiograph itself: no asset comes from another host."""

from __future__ import annotations

from html.parser import HTMLParser

import httpx


class AssetCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"script": "src", "link": "href"}.get(tag)
        self.urls += [value for name, value in attrs if name == wanted and value]


async def test_graphiql_assets_are_local(client: httpx.AsyncClient) -> None:
    page = await client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "studiograph GraphiQL" in page.text
    collector = AssetCollector()
    collector.feed(page.text)
    assert len(collector.urls) == 4, collector.urls
    for url in collector.urls:
        assert url.startswith("/graphiql-assets/"), url
        asset = await client.get(url)
        assert asset.status_code == 200, url
        assert asset.headers["content-type"].split(";")[0] in ("text/javascript", "text/css")
        assert len(asset.content) > 5_000, url
    assert "https://" not in page.text
    assert "http://" not in page.text
