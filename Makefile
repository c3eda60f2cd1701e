# kwd: make install | demo | test | lint | eval | bench
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DIR ?= kwd-demo

.PHONY: install demo test lint eval bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'

demo: install
	$(BIN)/kwd ingest data/articles --data-dir $(DEMO_DIR)
	$(BIN)/kwd extract --data-dir $(DEMO_DIR)
	$(BIN)/kwd report --data-dir $(DEMO_DIR) --since 2024-01-01 --until 2026-12-31 --out $(DEMO_DIR)/reports
	@echo "Demo data directory: $(DEMO_DIR) (tables in $(DEMO_DIR)/<table>/*.parquet, brief in $(DEMO_DIR)/reports)"

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

eval: install
	bash ../shared/eval/run.sh dev

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(DEMO_DIR) .pytest_cache build dist
