# Two commands: `make run` (set up everything and serve) and `make test` (set up and test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.PHONY: run test lint serve setup migrate demo admin messages check-migrations openapi-snapshot clean cluster cluster-stop cluster-test

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

setup: $(STAMP)

migrate: setup
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

admin: migrate
	$(MANAGE) ensure_admin

run: demo admin
	@echo "Serving on http://127.0.0.1:8000/  (admin: http://127.0.0.1:8000/admin/)"
	$(MANAGE) runserver 127.0.0.1:8000

test: setup
	$(BIN)/pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports  # the layers of docs/architecture.md (pyproject.toml [tool.importlinter])

check-migrations: setup
	DJANGO_SETTINGS_MODULE=rangpur_cms.settings.test $(MANAGE) makemigrations --check --dry-run

# Production settings under gunicorn (2 workers, DEBUG off, whitenoise) for benchmarks.
# Needs DATABASE_URL; SECRET_KEY and ALLOWED_HOSTS default to loopback-only values here.
serve: setup
	DJANGO_SETTINGS_MODULE=rangpur_cms.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat .serve-secret 2>/dev/null || $(BIN)/python -c 'import secrets;print(secrets.token_urlsafe(50))' | tee .serve-secret)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}" \
	sh -c '$(MANAGE) collectstatic --noinput -v0 && $(MANAGE) migrate --noinput -v0 && \
	  $(BIN)/gunicorn rangpur_cms.wsgi:application --workers 2 --bind 127.0.0.1:8000 --access-logfile -'

# The multi-server topology on this machine (deploy/README.md): PostgreSQL at 127.0.0.1:5432,
# its own Redis, two gunicorn app servers, the task worker and Varnish in front, on ports
# 8340-8344 (CLUSTER_PORT_BASE). Runs in the background until `make cluster-stop`.
cluster: setup
	$(BIN)/python scripts/cluster.py start

cluster-stop:
	$(BIN)/python scripts/cluster.py stop

# Starts the cluster, proves what it is for through Varnish, and stops it (tests/cluster/).
cluster-test: setup
	RANGPUR_CLUSTER_TESTS=1 $(BIN)/pytest tests/cluster -m cluster -q $(PYTEST_ARGS)

# After a deliberate change to the public API: rewrite the OpenAPI snapshot the contract tests compare with.
openapi-snapshot: setup
	$(BIN)/python scripts/openapi_snapshot.py

# Refresh the Bengali catalogue after changing strings (needs GNU gettext), then compile it.
messages: setup
	$(MANAGE) makemessages -l bn --no-location --ignore=.venv --ignore=static --ignore=media
	$(BIN)/python scripts/merge_admin_catalogue.py  # Wagtail admin strings (locale/admin-bn/), after makemessages
	$(MANAGE) compilemessages -l bn --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static .admin-password
