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

# The window needs system libraries pip cannot install (Qt's X11 plugin: libxcb-cursor0 and
# others); scripts/system_packages.py installs the missing ones as root, else says how.
run: $(STAMP)
	$(PY) scripts/system_packages.py desktop
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
