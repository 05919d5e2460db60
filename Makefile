# Two entry points: `make serve` (set up and run) and `make test` (set up and verify).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GRAPHIQL_DIST := app/graphiql/dist/.built

.PHONY: serve test lint bench migrations schema clean graphiql-check

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: $(VENV)/bin/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test: $(VENV)/.runtime
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

$(GRAPHIQL_DIST): app/graphiql/package.json app/graphiql/package-lock.json app/graphiql/build.sh
	bash app/graphiql/build.sh
	touch $@

serve: $(VENV)/.runtime $(GRAPHIQL_DIST)
	$(BIN)/studiograph serve

lint: $(VENV)/.test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(VENV)/.test $(GRAPHIQL_DIST) lint
	$(BIN)/python -m pytest

bench: $(VENV)/.test
	$(BIN)/python -m bench.providers
	$(BIN)/python -m bench.slots
	$(BIN)/python -m bench.execution
	$(BIN)/python -m bench.booking
	$(BIN)/python -m bench.checkout
	$(BIN)/python -m bench.subscriptions
	$(BIN)/python -m bench.uploads
	$(BIN)/python -m bench.photos
	$(BIN)/python -m bench.abuse
	$(BIN)/python -m bench.load
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.outbox
	$(BIN)/python -m bench.fuzz

# Refreshes the committed schema.graphql after an API change.
schema: $(VENV)/.runtime
	$(BIN)/studiograph export-schema

# Regenerates aerich migrations for both dialects after a model change.
migrations: $(VENV)/.test
	$(BIN)/studiograph makemigrations

# Headless Chromium, allowed to reach only 127.0.0.1, must draw GraphiQL's editor.
graphiql-check: $(VENV)/.test $(GRAPHIQL_DIST)
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	$(BIN)/python tests/browser/graphiql_offline.py

clean:
	rm -rf $(VENV) var app/graphiql/dist app/graphiql/node_modules
