# Two commands: `make demo` and `make test`. Both set up .venv/ first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
STAMP := $(VENV)/.installed

.PHONY: install demo test bench clean-data browser-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/baogao demo --port $(PORT)

test: install
	$(BIN)/python -m pytest

clean-data:
	rm -rf data
