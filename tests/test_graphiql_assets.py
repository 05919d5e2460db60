"""GraphiQL's page references only assets our server serves itself, and all of them exist.

Needs app/graphiql/build.sh to have run (`make test` does it first), but no database.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from app.graphiql import assets_app, assets_built, graphiql_html

ASSETS_PATH = "/graphiql-assets"
CONTENT_TYPES = {"text/javascript", "application/javascript", "text/css"}


@pytest.fixture(autouse=True)
def orm() -> None:
    """Overrides the conftest's database fixture: these tests never touch the database."""


@pytest.fixture(autouse=True)
def _empty_tables() -> None:
    """Overrides the conftest's per-test truncation, which would need the database."""


def mini_app() -> Starlette:
    def page(_: Request) -> HTMLResponse:
        return HTMLResponse(graphiql_html(graphql_path="/graphql", assets_path=ASSETS_PATH))

    return Starlette(routes=[Route("/graphql", page), Mount(ASSETS_PATH, app=assets_app())])


class AssetCollector(HTMLParser):
    """Collects `<script src>` and `<link href>`: everything the browser fetches for the page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"script": "src", "link": "href"}.get(tag)
        self.urls += [value for name, value in attrs if name == wanted and value]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(mini_app()) as http:
        yield http


@pytest.fixture(scope="module")
def asset_urls(client: TestClient) -> list[str]:
    page = client.get("/graphql")
    assert page.status_code == 200
    assert "<title>studiograph GraphiQL</title>" in page.text
    collector = AssetCollector()
    collector.feed(page.text)
    return collector.urls


def test_assets_are_built() -> None:
    assert assets_built(), "GraphiQL's assets are missing: run `bash app/graphiql/build.sh`"


def test_page_references_only_local_assets(asset_urls: list[str]) -> None:
    assert asset_urls, "the page loads no script or stylesheet"
    for url in asset_urls:
        assert not url.startswith(("http://", "https://", "//")), url
        assert url.startswith(f"{ASSETS_PATH}/"), url


def test_every_referenced_asset_is_served(client: TestClient, asset_urls: list[str]) -> None:
    for url in asset_urls:
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert asset.headers["content-type"].split(";")[0] in CONTENT_TYPES, url
        assert len(asset.content) > 5_000, url


def test_paths_cannot_break_out_of_the_inline_script() -> None:
    page = graphiql_html(graphql_path='/q"</script><script>alert(1)', assets_path=ASSETS_PATH)
    assert page.count("</script>") == page.count("<script")
    assert "alert(1)" in page  # still present, but inside a JavaScript string literal
