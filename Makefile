# Set-up and everyday tasks. `make site` builds the briefing; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test lint serve clean browser-tools

site: $(VENV)/.installed
	$(BIN)/briefing build

test: $(VENV)/.installed-test browser-tools
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest -n auto --dist loadfile --no-loadscope-reorder

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

# The browser tests drive Debian's Chromium (never a downloaded browser) and run
# the W3C Nu HTML checker (the W3C's vnu.jar from npm) on Java.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get -qq -o Dpkg::Use-Pty=0
VNU_JAR := $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar

browser-tools: $(VNU_JAR)
	@command -v chromium >/dev/null || { $(APT) update && $(APT) install -y chromium >/dev/null; }

$(VNU_JAR): | $(VENV)/.created
	@missing=""; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then $(APT) update && $(APT) install -y $$missing >/dev/null; fi
	npm install --prefix $(VENV)/vnu --silent --no-audit --no-fund --no-save vnu-jar@26.9.27

clean:
	rm -rf site .briefing
