# Set-up is part of every command: a fresh machine with Python 3.11+ needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run serve test check schema bench clean messages

$(BIN)/python:
	@echo "Setting up: creating $(VENV), a private Python environment for Pathways (once)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	@echo "Setting up: installing Streamlit, plotly, pandas and the other libraries (about a minute, once)"
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	@echo "Setting up: installing the app's libraries and the test tools (about a minute, once)"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

# deploy/run_streamlit.py is `streamlit run`, without Streamlit asking checkip.amazonaws.com
# for this machine's public address whenever a page from another site connects.
run: $(VENV)/.installed  ## start the app on http://localhost:8501 (PORT=8502 make run for another port)
	@echo "Starting Pathways on http://localhost:$(PORT) (Ctrl+C stops it)"
	$(BIN)/python deploy/run_streamlit.py run app.py --server.port $(PORT)

# Debian's nginx (with its brotli module) for `make serve` and the deployment tests; installed
# here when run as root, as CI is.
NGINX := /usr/sbin/nginx
$(NGINX):
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Setting up: installing Debian's nginx and its brotli module (once)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    nginx libnginx-mod-http-brotli-filter >/dev/null; \
	else echo "make serve needs Debian's nginx: sudo apt-get install nginx libnginx-mod-http-brotli-filter"; exit 1; fi

REPLICAS ?= 3
SERVE_PORT ?= 8080
HOST ?= 127.0.0.1
serve: $(VENV)/.installed $(NGINX)  ## REPLICAS Streamlit processes behind nginx on http://localhost:8080 (HOST=0.0.0.0 for a network)
	$(BIN)/python deploy/serve.py --replicas $(REPLICAS) --port $(SERVE_PORT) --host $(HOST)

AXE_VERSION := 4.14.1
AXE := .axe/node_modules/axe-core/axe.min.js

# axe-core, the accessibility checker the browser tests run in each page, from the npm registry.
# Without npm the accessibility tests skip, saying why (and fail in CI, where REQUIRE_BROWSER=1).
$(AXE):
	@if command -v npm >/dev/null; then \
	  echo "Setting up: installing axe-core $(AXE_VERSION) from the npm registry into .axe/ (once)"; \
	  npm install --prefix .axe --no-audit --no-fund --silent axe-core@$(AXE_VERSION); \
	else echo "No npm here: the accessibility tests will be skipped (install Debian's npm)"; fi

# On two processes: first the tests without a browser, then the browser tests (each process
# starts its own app server and Chromium). Measured faster on 2 cores than one run of both.
test: $(VENV)/.installed-test $(AXE)  ## lint, then the whole test suite (browser tests included)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 2 -m "not browser"
	$(BIN)/python -m pytest -n 2 --dist loadgroup -m browser

check: $(VENV)/.installed  ## check the content files
	$(BIN)/python -m pathways check

schema: $(VENV)/.installed  ## write static/schema/*.schema.json from the models
	$(BIN)/python -m pathways schema

# The interface's texts: collect every _("..."), n_("...", "...") and N_("...") into pathways/locale/pathways.pot,
# then bring each language's catalogue up to date (new texts arrive untranslated; translate
# them in pathways/locale/<lang>/LC_MESSAGES/pathways.po). The app reads the .po files itself.
messages: $(VENV)/.installed  ## collect the interface's texts and update each catalogue
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k said -k n_:1,2 --no-location --sort-output --project=Pathways \
	  -o pathways/locale/pathways.pot app.py ui views pathways
	$(BIN)/pybabel update -i pathways/locale/pathways.pot -d pathways/locale -D pathways \
	  --no-fuzzy-matching --ignore-obsolete

bench: $(VENV)/.installed-test  ## page rerun times; the cost of checking the worst uploads
	$(BIN)/python benchmarks/pages.py
	$(BIN)/python benchmarks/uploads.py

.PHONY: load
# LOAD_ARGS="--quick" for a one-minute run; see `python benchmarks/load.py --help`.
load: $(VENV)/.installed  ## the real server under 1 to 60 users, against a bare app (~7 min)
	$(BIN)/python benchmarks/load.py $(LOAD_ARGS)

.PHONY: load-replicas
load-replicas: $(VENV)/.installed $(NGINX)  ## through nginx: 60 and 120 users on 1, 2 and 3 replicas (~8 min)
	$(BIN)/python benchmarks/replicas.py $(LOAD_ARGS)

clean:
	rm -rf $(VENV) .axe .pytest_cache .ruff_cache *.egg-info
