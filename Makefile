# Crosscount — the commands a newcomer types: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed
# Debian packages the tests need: Qt's runtime libraries (offscreen platform), LibreOffice to open what
# we export, poppler to render its PDF for screenshots.
DEBS   := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libreoffice-calc-nogui poppler-utils
# What Qt's X11 (xcb) platform needs to show the window; every desktop has these, a bare machine may not.
RUN_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
            libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0

.PHONY: compiled test-compiled install run run-deps test test-fast bench lint typecheck package package-smoke icons clean system-deps debs

# The window (gui), the test tools at CI's versions (constraints.txt), the sources of the generated tables
# (dev) and Dask for `crosscount batch` (batch); `pip install .` alone is the command line without Qt.
EXTRAS := gui,test,dev,batch

$(STAMP): pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -c constraints.txt -e '.[$(EXTRAS)]'
	touch $(STAMP)

install: $(STAMP)

# Installs the Debian packages above when they are missing (needs root, as on CI and dev machines).
system-deps:
	@$(MAKE) --no-print-directory debs PACKAGES="$(DEBS)"

run-deps:
	@if command -v dpkg >/dev/null; then $(MAKE) --no-print-directory debs PACKAGES="$(RUN_DEBS)"; fi

debs:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

run: $(STAMP) run-deps
	$(VENV)/bin/crosscount resources/samples

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not libreoffice"

# The extraction modules compiled with mypyc into build/compiled (the packaged app and the benchmarks use
# them; the sources stay pure Python). Rebuilt only when the sources changed.
compiled: $(STAMP)
	$(PY) packaging/compile_core.py

# The core's tests (labelled corpus included) on the compiled modules.
test-compiled: compiled
	PYTHONPATH=build/compiled CROSSCOUNT_COMPILED=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider \
	  --ignore=tests/gui -m "not libreoffice"

bench: $(STAMP) compiled
	$(PIP) install -q -c constraints.txt -e '.[$(EXTRAS),bench]' || echo "bench extra (peers) could not be installed; peers are skipped"
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests bench
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy desktop/crosscount/core

package: $(STAMP) compiled
	$(PIP) install -q -c constraints.txt -e '.[$(EXTRAS),package]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/crosscount.spec

# Builds the one-folder app and runs it: start, load a sample, export, render the window.
package-smoke: package
	bash packaging/smoke.sh

icons: $(STAMP)
	$(PY) packaging/make_icons.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache
