# The two commands of the README: `make serve` and `make test`.
# Builds use ProperDocs, the maintained fork of MkDocs 1.x (CONTRIBUTING says why); the tests
# check that MkDocs 1.6 builds the same site, byte for byte.
# Each one sets itself up: it fetches uv if the machine has none, then syncs .venv from uv.lock.

PYTHON ?= python3
UV_VERSION := 0.13.9
# Use the machine's uv if it has one; otherwise a pinned copy in .tools/, fetched from PyPI.
UV := $(or $(shell command -v uv 2>/dev/null),.tools/uv/bin/uv)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve check test build sync clean lighthouse timings softmax-benchmark zensical-probe

# Served at http://127.0.0.1:8000/logits-explained/ (site_url's path). Not strict, so that a failing
# block shows its error on the page instead of stopping the rebuild; `make build` is strict.
# No search index while previewing: it is half of each rebuild (CONTRIBUTING, "Under make serve").
serve: export SEARCH_INDEX ?= false
serve: sync
	$(UV) run --locked --no-sync properdocs serve -f mkdocs.yml --dev-addr 127.0.0.1:8000 --livereload --no-strict

# The fast check, for every edit: the pre-commit hooks (ruff, codespell, the prose-number guard,
# pyproject and workflow checks) on every file, then every test that needs no browser and no
# build beyond one strict build of the site.
check: sync
	$(UV) run --locked --no-sync pre-commit run --all-files --show-diff-on-failure
	$(UV) run --locked --no-sync pytest -n auto --dist worksteal -m "not full"

# The whole gate, what CI runs: the same hooks, then every test, with coverage.
test: sync
	$(UV) run --locked --no-sync pre-commit run --all-files --show-diff-on-failure
	$(UV) run --locked --no-sync pytest -n auto --dist worksteal --cov --cov-report=term

build: sync
	$(UV) run --locked --no-sync properdocs build -f mkdocs.yml --strict

# Compiled once here, the installed packages import from bytecode in every later process (each
# build, test worker and hook), even where PYTHONDONTWRITEBYTECODE keeps Python from caching it.
sync: $(UV)
	$(UV) sync --locked --compile-bytecode

.tools/uv/bin/uv:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv .tools/uv
	.tools/uv/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

clean:
	rm -rf site .tools .venv .pytest_cache .ruff_cache .coverage

# Benchmarks: they measure and write benchmarks/results/; they are not part of `make test`.
lighthouse: sync
	$(UV) run --locked --no-sync python -m benchmarks.lighthouse_audit

timings: sync
	$(UV) run --locked --no-sync python -m benchmarks.build_and_test_times

softmax-benchmark: sync
	$(UV) run --locked --no-sync python -m benchmarks.softmax_vs_scipy

# Not a benchmark of speed: what a Zensical build of this tree does today (CONTRIBUTING, Engines).
zensical-probe: sync
	$(UV) run --locked --no-sync python -m benchmarks.zensical_probe
