#!/usr/bin/env bash
# Sets everything up, then starts the program on its own demo database (not real data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/progressionsdialog --demo "$@"
