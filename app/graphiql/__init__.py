"""GraphiQL served entirely by studiograph: the page plus assets copied from npm by build.sh."""

from __future__ import annotations

from html import escape
from pathlib import Path

from starlette.staticfiles import StaticFiles

ASSETS_DIR = Path(__file__).resolve().parent / "dist"
SCRIPTS = ("react.production.min.js", "react-dom.production.min.js", "graphql-ws.min.js",
           "graphiql.min.js")  # fmt: skip

_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>studiograph GraphiQL</title>
  <link rel="stylesheet" href="{assets}/graphiql.min.css">
  <style>body {{ margin: 0; height: 100vh; }} #graphiql {{ height: 100vh; }}</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  {scripts}
  <script>
    const ws = (window.location.protocol === "https:" ? "wss://" : "ws://") + window.location.host;
    // Paste {{"Authorization": "Bearer <token>"}} into the headers editor to act as a user.
    const fetcher = GraphiQL.createFetcher({{
      url: window.location.origin + "{graphql}",
      wsClient: graphqlWs.createClient({{ url: ws + "{graphql}" }}),
    }});
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {{
        fetcher,
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: true,
      }}),
    );
  </script>
</body>
</html>
"""


def graphiql_html(*, graphql_path: str, assets_path: str) -> str:
    """The page loads every asset from `assets_path` on this server, never from a CDN."""
    assets = escape(assets_path)
    scripts = "\n  ".join(f'<script src="{assets}/{name}"></script>' for name in SCRIPTS)
    return _PAGE.format(assets=assets, scripts=scripts, graphql=escape(graphql_path))


def assets_app() -> StaticFiles:
    # check_dir=False: the app must import even before build.sh has run (e.g. in tooling).
    return StaticFiles(directory=ASSETS_DIR, check_dir=False)


def assets_built() -> bool:
    return all((ASSETS_DIR / name).is_file() for name in (*SCRIPTS, "graphiql.min.css"))
