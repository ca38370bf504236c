#!/usr/bin/env bash
# balie's two front-door commands for a fresh Debian/Ubuntu machine (Python 3.11+ and apt):
#   ./dev.sh run    set everything up, start the counter app in training mode (no credentials)
#   ./dev.sh test   set everything up, run ruff and mypy, then the whole test suite (pcscd + virtual reader included)
#   ./dev.sh setup  only set up (system packages where possible, .venv, project install)
# System packages are installed when we are root and apt is there; otherwise the script says
# exactly which ones are missing and the command to install them.
set -euo pipefail
cd "$(dirname "$0")"
export PIP_DISABLE_PIP_VERSION_CHECK=1 DEBIAN_FRONTEND=noninteractive

say() { echo "[balie] $*"; }
die() { echo "[balie] ERROR: $*" >&2; exit 1; }

# A virtual environment with pip (Debian splits venv off), a C compiler with the Python headers and
# pkg-config (pyscard has no Linux wheel and builds from source), the pcsc-lite headers, the PC/SC
# daemon with the virtual reader driver for the card tests, makensis to compile (and so check) the
# Windows installer script, pdftoppm to read exported PDFs, and the libraries Qt needs even offscreen.
PKGS_BASE="python3-venv python3-dev gcc pkg-config libpcsclite-dev pcscd vsmartcard-vpcd nsis poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 fonts-dejavu-core libdbus-1-3 libglib2.0-0"
# A real window (xcb) needs these on top; Qt's error message names the wrong one, see README.
# xvfb + xauth: a virtual screen for headless machines (xvfb-run -a ./dev.sh run).
PKGS_WINDOW="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 xvfb xauth"

missing_packages() {
    local missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    echo "$missing"
}

ensure_system_packages() {
    command -v dpkg-query >/dev/null || { say "not a Debian/Ubuntu system: install pcsc-lite (pcscd + headers) and vsmartcard-vpcd yourself"; return 0; }
    local missing; missing=$(missing_packages "$@")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing system packages:$missing"
        apt-get update -qq >/tmp/balie-apt.log 2>&1 || { cat /tmp/balie-apt.log; die "apt-get update failed"; }
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >>/tmp/balie-apt.log 2>&1 \
            || { cat /tmp/balie-apt.log; die "apt-get install failed"; }
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        say "installing system packages with sudo:$missing"
        sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends $missing
    else
        die "missing system packages:$missing
        install them with:  sudo apt-get install -y --no-install-recommends$missing"
    fi
}

ensure_venv() {
    local py=${PYTHON:-python3}
    "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
        || die "Python 3.11 or newer is needed (found: $("$py" --version 2>&1))"
    # A .venv left by a failed first run (no pip: python3-venv was missing; or a Python that no
    # longer exists) is rebuilt, never reused.
    if [ -e .venv ] && ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
        say "the existing .venv is broken (no working Python or pip): rebuilding it"
        rm -rf .venv
    fi
    if [ ! -x .venv/bin/python ]; then
        say "creating .venv"
        "$py" -m venv .venv || { rm -rf .venv; die "could not create a virtual environment: apt-get install python3-venv"; }
    fi
    local extras=$1 stamp=".venv/.balie-installed-$1"
    # The stamp alone is not trusted: an install that stopped half-way (no compiler for pyscard)
    # leaves a venv that cannot import the project.
    if ! .venv/bin/python -c 'import balie, smartcard, PySide6, sqlalchemy' >/dev/null 2>&1; then
        rm -f .venv/.balie-installed-*
    fi
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        say "installing balie and its Python dependencies ($extras)"
        .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v 'is ignored' || true
        # setuptools warns in 12 lines that an editable install imports from this folder: that is
        # the point of it, so that one warning (and only it) is silenced
        PYTHONWARNINGS="ignore:Editable installation" \
            .venv/bin/python -m pip install -q -e ".[$extras]" 2>&1 | grep -v 'is ignored' || true
        .venv/bin/python -c 'import balie, smartcard, PySide6, sqlalchemy' || die "installing the Python dependencies failed (see above)"
        touch "$stamp"
    fi
}

compile_bytecode() {
    # balie's own modules as bytecode, as an installed counter runs them: a shell that sets
    # PYTHONDONTWRITEBYTECODE (CI does) otherwise compiles them from source in every process
    # (~0.1 s of each command's start). Only stale files are rewritten; Python still checks each
    # file's time and size at import, so an edited module is never run from an old .pyc.
    .venv/bin/python -m compileall -q balie \
        || say "could not byte-compile balie (read-only checkout?): it runs from source, a little slower"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
    setup)
        ensure_system_packages $PKGS_BASE
        ensure_venv test,dev     # dev: ruff and mypy, the checks ./dev.sh test runs first
        compile_bytecode
        ;;
    run)
        ensure_system_packages $PKGS_BASE $PKGS_WINDOW
        ensure_venv test
        compile_bytecode
        if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            # headless (a server, CI, a container): run on a virtual screen instead of failing
            if command -v xvfb-run >/dev/null && [ -z "${BALIE_UNDER_XVFB:-}" ]; then
                say "no display found: starting on a virtual screen (xvfb-run)"
                BALIE_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" run "$@"
            fi
            die "no display found (DISPLAY/WAYLAND_DISPLAY unset). Run this from a desktop session,
        or install a virtual screen (apt-get install xvfb xauth) and run:  xvfb-run -a ./dev.sh run"
        fi
        say "starting balie in training mode (local training platform, demo data, no credentials)"
        exec .venv/bin/balie gui --training "$@"
        ;;
    test)
        ensure_system_packages $PKGS_BASE
        ensure_venv test,build,dev   # pyinstaller: one test builds and runs the frozen app
        compile_bytecode
        # The static checks first, each failing fast with one line that names it (CONTRIBUTING.md)
        say "ruff check"
        .venv/bin/ruff check --quiet . || die "ruff check found problems (above); .venv/bin/ruff check --fix . sorts imports"
        say "mypy"
        .venv/bin/mypy || die "mypy found type errors (above); run .venv/bin/mypy to see them again"
        export QT_QPA_PLATFORM=offscreen
        # exec: a Ctrl-C or a timeout's TERM reaches pytest itself, and every daemon the tests
        # start dies with it (tests/fixtures/children.py). No tests collected counts as failure
        # (tests/conftest.py turns pytest's exit 5 into 1).
        exec .venv/bin/python -m pytest -q "$@"
        ;;
    *)
        echo "usage: ./dev.sh run | test [pytest args] | setup" >&2
        exit 2
        ;;
esac
