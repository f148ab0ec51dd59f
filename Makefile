# make run: create .venv, install, start the app.  make test: create .venv, install, run every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
AUDIT_STAMP := $(VENV)/.installed-audit
PORT ?= 8501
# 127.0.0.1: this computer only (the default). ADDRESS=0.0.0.0 serves the practice's network: turn sign-in on.
ADDRESS ?= 127.0.0.1

.PHONY: run test lint bench audit contracts clean postgres postgres-stop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	bash scripts/system-packages.sh run
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.address $(strip $(ADDRESS))

test: $(DEV_STAMP)
	bash scripts/system-packages.sh test
	bash scripts/npm-packages.sh
	$(BIN)/python -m pytest

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(DEV_STAMP)
	bash scripts/system-packages.sh run
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/corpus.py
	$(BIN)/python bench/app.py
	$(BIN)/python bench/ocr.py
	$(BIN)/python bench/throughput.py

$(AUDIT_STAMP): requirements-audit.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-audit.txt
	touch $@

# Known vulnerabilities in the pinned dependencies (PyPI's data); not part of make test. It says
# in a sentence whether it found any, failed, or could not reach the data; scripts/audit.py's
# exit status tells them apart (0 none, 1 found, 2 failed, 3 unreachable; make exits 2 on all but 0).
audit: $(AUDIT_STAMP)
	$(BIN)/python scripts/audit.py

contracts: $(DEV_STAMP)
	$(BIN)/python contracts/build.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .cache data

# Test PostgreSQL on 127.0.0.1, port PGTEST_PORT (default 54329); prints CPTCOMPARE_TEST_DATABASE_URL's value.
postgres:
	bash scripts/postgres.sh start

postgres-stop:
	bash scripts/postgres.sh stop
