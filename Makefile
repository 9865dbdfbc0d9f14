# Two commands: `make demo` and `make test`. Both set up .venv/ first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8001
STAMP := $(VENV)/.installed

.PHONY: install demo test bench-deps clean-data browser-deps test-deps

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/baogao demo --port $(PORT)

test: install test-deps browser-deps
	$(BIN)/python -m pytest

# Extra dependencies of the benchmarks under bench/ (their baselines).
bench-deps: install
	$(BIN)/pip install --quiet -e '.[test,bench]'

clean-data:
	rm -rf data

# Headless Chromium and its driver from Debian for tests/test_browser.py, plus CJK fonts so
# that pages and screenshots show Chinese; installed only when missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] \
	    || ! fc-list :lang=zh 2>/dev/null | grep -q .; then \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y \
			chromium chromium-driver fonts-noto-cjk; \
	fi

# System packages the tests need: redis-server for tests/test_redis.py (installed only when missing).
test-deps:
	@command -v redis-server >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && $$SUDO apt-get install -y redis-server; }

