# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SAMPLE := src/dateline/data/sample

.PHONY: setup demo test test-fast bench lock clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	$(VENV)/bin/dateline gazetteer build
	touch $@

demo: setup
	$(VENV)/bin/dateline extract $(SAMPLE)
	rm -f demo.duckdb
	$(VENV)/bin/dateline ingest $(SAMPLE) --db demo.duckdb
	$(VENV)/bin/dateline stats --db demo.duckdb
	@echo "Browse the events: $(VENV)/bin/dateline serve --db demo.duckdb  (http://127.0.0.1:8000)"

test: setup
	command -v chromium >/dev/null && command -v chromedriver >/dev/null || (apt-get update && apt-get install -y chromium chromium-driver)
	$(PY) -m pytest -q

test-fast: setup
	$(PY) -m pytest -q -m "not slow"

bench: setup
	$(PY) bench/bench.py

# Re-pin every dependency (with hashes) after changing pyproject.toml.
lock:
	$(PY) -m pip install -q pip-tools==7.6.2
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		--extra web --extra dask --extra dev --extra rerank -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
