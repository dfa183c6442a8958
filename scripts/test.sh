#!/usr/bin/env bash
# Sets everything up, then runs every check: lint, the layer contract, all tests (the slow
# crash-harness rounds too) with branch coverage, and the coverage floor; when all of them
# pass, it builds the bundle with build.spec and starts it (scripts/build_bundle.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
rm -rf .coverage-data && mkdir -p .coverage-data
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
.venv/bin/coverage run -m pytest --doctest-modules progressionsdialog tests -m "slow or not slow" "$@" \
  | tee "$log" || status=$?
.venv/bin/coverage combine -q
echo "Dækning (grenvis) af programmets kode; det mindste tilladte står i pyproject.toml:"
.venv/bin/coverage report || status=$?
if [ "$status" -eq 0 ]; then
  bash scripts/build_bundle.sh || status=$?
fi
# The test runner's closing line comes last, so that it is the verdict a reader sees.
grep -E "^=+ .*(passed|failed|error).* =+$|^[0-9]+ (passed|failed)" "$log" | tail -1 || true
exit "$status"
