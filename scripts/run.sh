#!/usr/bin/env bash
# Install what is needed and start the program (demo data fills an empty database).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The first-run wizard asks where to keep the data; run.sh promises demo data at once.
export SOCONGDOAN_NO_FIRST_RUN=1
exec .venv/bin/python -m desktop_app "$@"
