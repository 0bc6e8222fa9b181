#!/usr/bin/env bash
# The whole test suite, from a fresh clone: set up .venv from the project's own files, then run
# ruff, mypy, pytest and the eval quality gates (offline default and replay provider).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"

# Headless Chromium for the memo's browser test (Debian's package; skipped if it cannot install).
bash scripts/install-browser.sh || echo "note: chromium unavailable; the browser test will skip"

echo "== ruff"; .venv/bin/ruff check .
echo "== mypy"; .venv/bin/mypy
echo "== pytest"; .venv/bin/pytest
echo "== eval gates"; bash scripts/eval-gates.sh
