# Two commands do all set-up: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PORTAL_DATA_DIR ?= $(CURDIR)/instance

.PHONY: install run test bench lint clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/flask --app portal db upgrade heads
	$(BIN)/flask --app portal demo --if-empty
	$(BIN)/flask --app portal run --host 127.0.0.1 --port 5000

# The suite on SQLite; with PORTAL_TEST_POSTGRES=1 (set by .ci/run) again on a private PostgreSQL server.
test: install
	$(BIN)/pytest
	@if [ "$$PORTAL_TEST_POSTGRES" = 1 ]; then $(BIN)/python -m tests.pg_run; fi

bench: install
	$(BIN)/python -m bench

# No type checker runs here, so a `type: ignore` comment would silence nothing: annotate instead.
TYPED_DIRS := portal anonymizer knowledgebase tests bench deploy

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@if grep -rnE --include='*.py' 'type: *ignore' $(TYPED_DIRS); then \
		echo "lint: remove the 'type: ignore' comments above and annotate instead (nothing checks them)"; exit 1; fi

clean:
	rm -rf $(VENV) .pytest_cache
