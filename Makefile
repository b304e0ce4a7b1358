# YEEP İzleme Platformu — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# serve-prod and bench: README.md, "Production stack and benchmarks".
PROD_PORT ?= 8080
BENCH_MUNICIPALITIES ?= 1389
BENCH_ACTIONS ?= 40
BENCH_INDICATORS ?= 20
BENCH_YEARS ?= 10
BENCH_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help install run test lint format check migrate demo messages vendor clean serve-prod bench
.PHONY: faults fault-load fault-redis fault-postgres fault-purge fault-backup backup restore

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the portal with its dev tools

migrate: install ## Apply database migrations (SQLite unless DATABASE_URL is set)
	$(BIN)/python manage.py migrate --noinput

demo: migrate ## Load the demo site (idempotent) for http://HOST:PORT (127.0.0.1:8000); print the logins
	$(BIN)/python manage.py setup_demo
	SITE_URL=http://$(HOST):$(PORT) DJANGO_SETTINGS_MODULE=$${DJANGO_SETTINGS_MODULE:-portal.settings.dev} \
		$(BIN)/python deploy/site_root.py

run: demo ## Install, migrate, load the demo site and serve http://127.0.0.1:8000
	@echo "Serving http://$(HOST):$(PORT)/ (Ctrl-C stops)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

serve-prod: install ## nginx + gunicorn + PostgreSQL + Redis on http://127.0.0.1:8080 (PROD_PORT)
	HTTP_PORT=$(PROD_PORT) bash deploy/serve-prod.sh

bench: install ## Benchmark the production stack at national scale (bench/results/<UTC time>.json)
	$(BIN)/python -m bench.run --municipalities $(BENCH_MUNICIPALITIES) --actions $(BENCH_ACTIONS) \
		--indicators $(BENCH_INDICATORS) --years $(BENCH_YEARS) $(BENCH_ARGS)

# Fault runs (bench/faults/, README.md "Faults and backups"): their own PostgreSQL (:5440),
# Redis (:6390), gunicorn (:8096) and nginx (:8095), never the shared ones; each bounded in time.
faults: install ## All fault runs (load, Redis down, PostgreSQL restart, purge down, backup) + summary
	$(BIN)/python -m bench.faults all

fault-load fault-redis fault-postgres fault-purge fault-backup: install
	$(BIN)/python -m bench.faults $(@:fault-%=%)

fault-load: ## 64 connections for 60 s through nginx with a publish: 0 errors
fault-redis: ## Redis stopped under load: pages, API and logins keep working
fault-postgres: ## PostgreSQL restarted under load: clean 503s, then served again
fault-purge: ## Purge endpoint down while publishing: stale page expires in time
fault-backup: ## Back up, restore into a new database, compare tables, HTML, media

backup: install ## pg_dump -Fc + media archive into backups/ (BACKUP_DIR; default: serve-prod's database)
	bash -c 'source deploy/env.sh && exec "$$PYTHON" deploy/backup.py backup'

restore: install ## make restore FILE=backups/<db>-<time>.dump [FORCE=1]: into an empty database
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/<db>-<time>.dump [FORCE=1]" >&2; exit 2; }
	bash -c 'source deploy/env.sh && exec "$$PYTHON" deploy/backup.py restore "$(FILE)" $(if $(FORCE),--force)'

lint: install ## ruff check + ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install ## Django system checks and missing migrations
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

# Bytecode is written even where the environment says PYTHONDONTWRITEBYTECODE: pytest keeps the
# test modules it rewrites as .pyc, which halves the next run's collection in every worker.
test: lint check ## Lint, system checks and the whole pytest suite
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest $(PYTEST_ARGS)

format: install ## Format and auto-fix the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install ## Update locale/en/LC_MESSAGES/django.po and compile it
	$(BIN)/python manage.py makemessages -l en --ignore=.venv --ignore=frontend --ignore=tests --no-obsolete
	$(BIN)/python manage.py compilemessages -l en --ignore=.venv

vendor: ## Rebuild static/vendor/ from npm (needs Node.js; outputs are committed)
	cd frontend && npm ci && npm run build

clean: ## Remove .venv, the SQLite database, media and collected static files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media staticfiles
