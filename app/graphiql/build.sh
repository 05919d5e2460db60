#!/usr/bin/env bash
# Fetches GraphiQL from the npm registry (pinned by package-lock.json) and copies the
# browser bundles into dist/, from where studiograph serves them: GraphiQL needs no CDN.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
rm -rf dist
mkdir -p dist
cp node_modules/react/umd/react.production.min.js \
   node_modules/react-dom/umd/react-dom.production.min.js \
   node_modules/graphiql/graphiql.min.js \
   node_modules/graphiql/graphiql.min.css \
   node_modules/graphql-ws/umd/graphql-ws.min.js \
   dist/
