# jointdesk: the only entry points a newcomer needs.
#   make demo   set everything up and serve the app with demo data on http://127.0.0.1:8000
#   make test   set everything up and run the whole suite (SQLite and PostgreSQL, engines, browser)
#   make bench  run the benchmarks and write docs/benchmarks.md
#   make lint   ruff, mypy, import-linter, Django checks, migrations check

SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
export DJANGO_SETTINGS_MODULE := jointdesk.config.settings

# The lock file is committed; `make lock` refreshes it.
.PHONY: lock demo test test-sqlite test-postgres test-engines-bare test-browser lint bench install messages openapi clean

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	@test -x $(UV) || ($(PY) -m pip --version >/dev/null 2>&1 || $(PY) -m ensurepip -q) && \
		(test -x $(UV) || $(PY) -m pip install -q uv==0.13.8)
	@# Bytecode compiled at install: the benchmark machine sets PYTHONDONTWRITEBYTECODE, so without it
	@# every run compiles Splink, sqlglot and the rest from source (about 1 s per process).
	$(UV) pip sync -q --compile-bytecode --python $(PY) requirements.lock
	$(UV) pip install -q --python $(PY) --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

# Re-pin the whole tree after changing pyproject.toml (never done implicitly, so CI installs what was reviewed).
lock:
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	@test -x $(UV) || ($(PY) -m pip --version >/dev/null 2>&1 || $(PY) -m ensurepip -q) && \
		(test -x $(UV) || $(PY) -m pip install -q uv==0.13.8)
	$(UV) pip compile -q --python-version 3.11 --all-extras pyproject.toml -o requirements.lock

var:
	mkdir -p var

demo: install var
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py seed_demo
	@echo
	@echo "  jointdesk demo: open http://127.0.0.1:8000/accounts/login/  (accounts above, password: demo-password)"
	@echo
	@# The background worker and the reminder schedule run beside the server and stop with it.
	$(PY) manage.py db_worker --no-reload --interval 5 -v0 & worker=$$!; \
	$(PY) manage.py exchange_reminders --loop --interval 300 >/dev/null & loop=$$!; \
	trap 'kill $$worker $$loop 2>/dev/null' EXIT INT TERM; \
	JOINTDESK_REQUIRE_2FA=false JOINTDESK_DEBUG=false $(PY) manage.py runserver --insecure --noreload 127.0.0.1:8000

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy src/jointdesk
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py export_openapi --check docs/openapi.json

# Engines must work without Django: a bare venv with only the engine extras.
test-engines-bare: install
	@test -x var/bare-venv/bin/python || $(PY) -m venv var/bare-venv
	$(UV) pip install -q --python var/bare-venv/bin/python -c requirements.lock \
		$$($(PY) -c "import tomllib; d=tomllib.load(open('pyproject.toml','rb'))['project']['optional-dependencies']; print(' '.join(d['engine'] + d['spark'] + [x for x in d['dev'] if x.split('==')[0] in ('pytest', 'hypothesis')]))")
	$(UV) pip install -q --python var/bare-venv/bin/python --no-deps -e .
	@if var/bare-venv/bin/python -c "import django" 2>/dev/null; then echo "bare venv must not have Django"; exit 1; fi
	var/bare-venv/bin/python -m pytest -q -p no:cacheprovider -o addopts="" -m "not spark" tests/engines

test-sqlite: install var
	$(PY) -m pytest -q -m "not browser" --ignore=tests/engines

test-postgres: install var
	DATABASE_URL=$(POSTGRES_URL) $(PY) -m pytest -q -m "not browser" --ignore=tests/engines

test-browser: install var
	$(PY) -m pytest -q -m browser --ignore=tests/engines

test-engines: install
	$(PY) -m pytest -q tests/engines -p no:django

test: lint test-engines test-engines-bare test-sqlite test-postgres test-browser

bench: install var
	$(PY) benchmarks/run.py

messages: install
	cd src/jointdesk && ../../$(PY) ../../manage.py makemessages -l ro -l bg --no-obsolete --ignore "engines/*"
	cd src/jointdesk && ../../$(PY) ../../manage.py compilemessages

openapi: install
	$(PY) manage.py export_openapi docs/openapi.json

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
