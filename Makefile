# The two commands that matter: `make run` opens the app, `make test` runs the tests.
# Each sets itself up on a fresh machine (a virtual environment in .venv).

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP)
	$(PY) bench/bench_core.py

demo: $(STAMP)
	$(PY) assets/build_demo.py

clean:
	rm -rf $(VENV) .pytest_cache
