#!/usr/bin/env bash
# Sets everything up, then runs every check: lint, the layer contract, and all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/pytest --doctest-modules progressionsdialog tests "$@"
