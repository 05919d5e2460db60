#!/usr/bin/env bash
# Installs GraphiQL from npm (pinned by package-lock.json) and copies its browser bundles into
# dist/, from where studiograph serves them, so GraphiQL works without reaching any CDN.
# Idempotent: dist/ is rebuilt from scratch and swapped in only once every file is copied.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

staging=dist.tmp
rm -rf "$staging"
mkdir -m 755 "$staging"
cp node_modules/react/umd/react.production.min.js \
   node_modules/react-dom/umd/react-dom.production.min.js \
   node_modules/graphiql/graphiql.min.js \
   node_modules/graphiql/graphiql.min.css \
   "$staging/"
chmod 644 "$staging"/*
rm -rf dist
mv "$staging" dist
