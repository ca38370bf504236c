#!/usr/bin/env bash
# One command for the property-based schema check of the training platform (see schema_check.py).
# schemathesis gets a virtual environment of its own under ~/.cache/balie (made once).
set -euo pipefail
cd "$(dirname "$0")/.."
ST_VENV=${ST_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/balie/schemathesis-venv}
ST_VERSION=4.32.5
if ! "$ST_VENV/bin/st" --version 2>/dev/null | grep -q "$ST_VERSION"; then
    echo "[schema-check] installing schemathesis $ST_VERSION into $ST_VENV"
    python3 -m venv "$ST_VENV"
    "$ST_VENV/bin/python" -m pip install -q "schemathesis==$ST_VERSION" 2>&1 | grep -v 'is ignored' || true
fi
exec .venv/bin/python tools/schema_check.py --st "$ST_VENV/bin/st" "$@"
