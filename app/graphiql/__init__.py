"""GraphiQL served entirely by studiograph: our page plus npm's bundles, copied by build.sh.

No asset comes from a CDN, so GraphiQL works on machines without internet access.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from starlette.staticfiles import StaticFiles

ASSETS_DIR = Path(__file__).resolve().parent / "dist"
# React must load before GraphiQL: the UMD bundle reads the `React` and `ReactDOM` globals.
SCRIPTS = ("react.production.min.js", "react-dom.production.min.js", "graphiql.min.js")
STYLESHEETS = ("graphiql.min.css",)

_DEFAULT_QUERY = """\
# studiograph GraphiQL
#
# To act as a signed-in user, put this in
# "Headers" below (it also authenticates
# subscriptions, in connection_init):
#   {"Authorization": "Bearer <token>"}
"""

_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>studiograph GraphiQL</title>
  {stylesheets}
  <style>body {{ margin: 0; height: 100vh; }} #graphiql {{ height: 100vh; }}</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  {scripts}
  <script>
    const graphqlPath = {graphql_path};
    const wsOrigin = (window.location.protocol === "https:" ? "wss://" : "ws://")
      + window.location.host;
    // With `subscriptionUrl`, GraphiQL's bundled graphql-ws client puts the headers editor's
    // contents (e.g. Authorization) into connection_init, where the server authenticates.
    const fetcher = GraphiQL.createFetcher({{
      url: window.location.origin + graphqlPath,
      subscriptionUrl: wsOrigin + graphqlPath,
    }});
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {{
        fetcher,
        defaultQuery: {default_query},
        isHeadersEditorEnabled: true,
        defaultEditorToolsVisibility: true,
      }}),
    );
  </script>
</body>
</html>
"""


def _js_string(value: str) -> str:
    """A JavaScript string literal that can't end the inline <script> early."""
    return json.dumps(value).replace("<", "\\u003c")


def graphiql_html(*, graphql_path: str, assets_path: str) -> str:
    """The page loads every asset from `assets_path` on this server, never from a CDN.

    Both paths are host-relative, so the page works behind any host name or proxy.
    """
    base = escape(assets_path.rstrip("/"))
    stylesheets = "\n  ".join(f'<link rel="stylesheet" href="{base}/{n}">' for n in STYLESHEETS)
    scripts = "\n  ".join(f'<script src="{base}/{name}"></script>' for name in SCRIPTS)
    return _PAGE.format(
        stylesheets=stylesheets,
        scripts=scripts,
        graphql_path=_js_string(graphql_path),
        default_query=_js_string(_DEFAULT_QUERY),
    )


class _AssetFiles(StaticFiles):
    """Answers 404, rather than raising, while build.sh hasn't produced the directory yet."""

    async def check_config(self) -> None:
        if ASSETS_DIR.is_dir():
            await super().check_config()


def assets_app() -> StaticFiles:
    """Serves the built assets; `check_dir=False` so the app imports before build.sh has run."""
    return _AssetFiles(directory=ASSETS_DIR, check_dir=False)


def assets_built() -> bool:
    """Whether build.sh has produced every file the page references."""
    return all((ASSETS_DIR / name).is_file() for name in (*SCRIPTS, *STYLESHEETS))
