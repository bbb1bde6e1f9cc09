# The two commands of the README: `make run` (set up + analyse the example story) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint schema bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsprism analyze examples/ --json out/report.json --md out/report.md --html out/report.html

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/python -m pytest -q

schema: $(STAMP)
	$(BIN)/newsprism schema > docs/report.schema.json

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_ingest_clean_nlp.py ../shared/data/polnear/data/dev/text

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
