#!/usr/bin/env bash
# Build the one-folder app dist/facilitator/ with PyInstaller, then smoke-test it.
#   packaging/build.sh                 # uses .venv/bin/python (make it as in the README)
#   PYTHON=/path/to/python packaging/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"

"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q -e ".[packaging]"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/facilitator.spec

APP=dist/facilitator/facilitator
echo "== $APP --version"; "$APP" --version
SESSION=$(find dist/facilitator -path '*facilitator/sessions/*.yaml' | sort | head -n 1)
if [ -n "$SESSION" ]; then
    echo "== $APP check $SESSION"; "$APP" check "$SESSION"
else
    echo "(no bundled session to check yet)"
fi
echo "== size"; du -sh dist/facilitator
