# One place for the commands a newcomer and CI run. uv installs the locked versions (uv.lock).
PYTHON ?= python3
UV := $(PYTHON) -m uv
UV_VERSION := 0.13.9

.PHONY: setup run console test lint bench migrate

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
	$(UV) run --frozen lint-imports --no-cache
	$(UV) run --frozen mypy

test: lint  ## lint, then every test on SQLite and PostgreSQL
	$(UV) run --frozen pytest

bench: setup
	$(UV) run --frozen --group socket-bench python bench/run_all.py
