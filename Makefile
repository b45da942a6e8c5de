# Atelier — run `make help` for the list of targets.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run demo migrate test lint format check pytest e2e ci lock clean bench messages fuzz

help: ## Show this list
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml requirements.lock
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create the virtualenv and install the pinned dependencies

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

demo: migrate ## Load (or refresh) the demo site built from the seeds
	$(MANAGE) load_demo

# The site, the task worker and the scheduler (publishing at the scheduled time, the mail
# and webhook outboxes) from Procfile.dev, with honcho; one Ctrl-C stops all three. Tasks
# go through the database queue, as in production.
RUN_ENV := PATH="$(abspath $(BIN)):$$PATH" HOST=$(HOST) TASKS_BACKEND=django_tasks_db.DatabaseBackend
run: demo ## Install, migrate, load the demo and start site, task worker and scheduler on http://127.0.0.1:8000/
	@echo ""
	@echo "  Atelier runs on http://$(HOST):$(PORT)/"
	@echo "  Log in at http://$(HOST):$(PORT)/admin/ as admin/admin, editor/editor, moderator/moderator or aanmeldingen/aanmeldingen"
	@echo "  Ctrl-C stops the site, the task worker and the scheduler."
	@echo ""
	$(RUN_ENV) $(BIN)/honcho --procfile Procfile.dev start --port $(PORT)

lint: install ## Ruff (lint and format check) and import-linter (the contracts in pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install ## Ruff: fix what can be fixed and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install ## Django system checks and the missing-migrations check
	DJANGO_SETTINGS_MODULE=atelier.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=atelier.settings.test $(MANAGE) makemigrations --check --dry-run

# Two workers (pytest-xdist), one per core of the CI machine; TEST_WORKERS=0 runs serially.
# xdist's default --dist load keeps each worker's tests in the suite's order, which the
# shared database layers rely on (tests/conftest.py, docs/testing.md): not loadscope/loadfile.
TEST_WORKERS ?= 2

pytest: install ## The test suite in parallel (ARGS="-k something" narrows it, TEST_WORKERS=0 serial)
	$(BIN)/pytest -n $(TEST_WORKERS) $(ARGS)

test: lint check pytest ## Install, lint, check migrations, run the whole suite

e2e: install ## Only the browser tests (headless Chromium, axe-core, Nu validator)
	$(BIN)/pytest -m browser $(ARGS)

fuzz: install ## schemathesis against a live demo server, all checks (FUZZ_MAX_EXAMPLES=50)
	BIN=$(BIN) .ci/fuzz

ci: ## What CI runs: make test on SQLite and PostgreSQL, then a `pip install .` check
	.ci/run

# Catalogs: English source strings; each app's locale/nl/LC_MESSAGES/django.po holds the
# Dutch (templates/ goes into site/locale, the `atelier` package's catalog). The compiled
# .mo files are committed, so a fresh machine needs no gettext. Needs GNU gettext.
# See docs/i18n.md. '.*' keeps compilemessages out of .venv (makemessages skips it anyway);
# tests/site/test_catalogs.py reads this list.
MESSAGES_IGNORE := --ignore=tests --ignore=docs --ignore=staticfiles \
	--ignore=artifacts --ignore=build --ignore=node_modules --ignore='.*'
messages: install ## Extract interface strings into each app's Dutch catalog and compile them
	$(MANAGE) makemessages -l nl --no-obsolete --add-location=file $(MESSAGES_IGNORE)
	$(MANAGE) compilemessages -l nl --ignore=.venv --ignore=.lockenv $(MESSAGES_IGNORE)

lock: ## Re-resolve dependencies from pyproject.toml into requirements.lock
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv && .lockenv/bin/pip install --quiet ".[dev,s3]"
	(echo "# Exact versions for every install (used as pip constraints by the Makefile and .ci/run)."; \
	 echo "# Regenerate with \`make lock\` after changing dependencies in pyproject.toml."; \
	 .lockenv/bin/pip freeze --exclude atelier) > requirements.lock
	rm -rf .lockenv

clean: ## Remove the virtualenv, the local database and uploaded files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media private-media staticfiles .test-media .test-private-media artifacts .bench

# DB=sqlite (default), DB=postgres (a throwaway cluster, as in .ci/run) or DB=sqlite,postgres;
# BENCH_ARGS="--sizes 100 --rounds 1 --duration 1" for a quick check. docs/testing.md.
DB ?= sqlite
bench: install ## Benchmark at 100, 1,000 and 10,000 events (DB=postgres too); writes docs/performance.md
	$(PY) -m tests.bench.run --db $(DB) $(BENCH_ARGS)
