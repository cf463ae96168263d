# Set-up and everyday tasks. `make site` builds the briefing; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test lint serve clean

site: $(VENV)/.installed
	$(BIN)/briefing build

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests
	$(BIN)/pytest

serve: $(VENV)/.installed
	$(BIN)/briefing serve

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: pyproject.toml $(VENV)/.created
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf site .briefing
