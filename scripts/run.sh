#!/usr/bin/env bash
# Install what is needed and start the program (demo data fills an empty database).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/python -m desktop_app "$@"
