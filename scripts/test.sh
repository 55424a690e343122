#!/usr/bin/env bash
# Install what is needed and run the whole test suite (and the linter) offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/python -m ruff check desktop_app tests bench
# every window string translated and compiled (tests/test_translations.py runs it too)
.venv/bin/python scripts/i18n.py check
exec .venv/bin/python -m pytest "$@"
