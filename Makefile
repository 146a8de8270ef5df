# Set-up is two commands: `make app` and `make test`. Everything else is a step of those.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install test app lint index eval bench bench-scale browser-deps clean

install: $(STAMP)

# torch goes in first, pinned, so it resolves to the local CPU wheel; the package's own
# requirement (==2.13.0) is then already met and pip pulls no CUDA packages.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Chromium for the browser test comes from Debian; install it when it is missing.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "could not install chromium: the browser test will be skipped"; }

test: $(STAMP) browser-deps
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Builds the index from corpus/ (only what changed is re-embedded).
index: $(STAMP)
	$(VENV)/bin/protocols ingest corpus/

app: index
	$(VENV)/bin/streamlit run app.py --server.address localhost --server.port 8501 --server.headless true --browser.gatherUsageStats false

eval: index
	$(VENV)/bin/protocols eval

# Speed, size and memory, printed with a JSON record and a PNG plot in evals/results/.
bench: $(STAMP)
	$(PY) -m evals.bench --sizes 0 100

bench-scale: $(STAMP)
	$(PY) -m evals.bench --sizes 0 100 1000 10000

clean:
	rm -rf $(VENV) .pytest_cache
