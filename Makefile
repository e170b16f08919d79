# One place for the commands a newcomer and CI run. uv installs the locked versions (uv.lock).
PYTHON ?= python3
UV := $(PYTHON) -m uv
UV_VERSION := 0.13.9

.PHONY: setup run console test soak lint bench migrate

setup:
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv==$(UV_VERSION) \
		|| $(PYTHON) -m pip install --quiet --user --break-system-packages uv==$(UV_VERSION)
	@$(UV) sync --frozen --quiet

run: setup  ## start the bot (the offline console when no Slack credentials are set)
	$(UV) run --frozen python -m bot

console: setup
	$(UV) run --frozen python -m bot console

migrate: setup
	$(UV) run --frozen python -m bot migrate

lint: setup  ## style, the house's walls (which package may import which) and types
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen lint-imports --no-cache
	$(UV) run --frozen mypy

test: lint  ## lint, then every test on SQLite and PostgreSQL (reliability runs sized for the gate)
	$(UV) run --frozen pytest

# The reliability runs at full size (README, "How it is tested"): 100 kill -9 runs per backend,
# 10,000 fuzzed inputs per fuzz test, 60 s of busy SQLite, and the scale-out tests.
SOAK_ENV := KILL_RUNS=100 FUZZ_EXAMPLES=10000 BUSY_SECONDS=60
soak: setup
	$(SOAK_ENV) $(UV) run --frozen pytest tests/reliability tests/e2e/test_scale.py

bench: setup
	$(UV) run --frozen --group socket-bench python bench/run_all.py
