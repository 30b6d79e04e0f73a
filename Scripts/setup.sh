# shellcheck shell=bash
# Sourced by Scripts/test and Scripts/demo (not run): what they need from the system and the
# project's Python environment. Missing system packages are installed with apt-get when
# running as root on Debian/Ubuntu; otherwise the exact command is printed and the script
# fails. Written for bash 3.2 (macOS) too: no mapfile, no ${x,,}, no empty-array expansion.

prune_apt_updated=

# prune_install PACKAGE...: installs Debian packages as root, else prints how and fails.
prune_install() {
    if command -v apt-get >/dev/null 2>&1; then
        if [ "$(id -u)" != 0 ]; then
            echo "error: missing $*; install with: sudo apt-get install -y $*" >&2
            return 1
        fi
        echo "== installing $* (apt-get)" >&2
        if [ -z "$prune_apt_updated" ]; then
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
            prune_apt_updated=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
    elif command -v brew >/dev/null 2>&1; then
        echo "error: missing $* (Debian names); on macOS: brew install libyaml pkg-config shellcheck" >&2
        return 1
    else
        echo "error: missing $* (Debian names); install them with your system's package manager" >&2
        return 1
    fi
}

# prune_require_libyaml: libyaml's headers and pkg-config (the Swift package links libyaml).
prune_require_libyaml() {
    if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists yaml-0.1; then
        return 0
    fi
    prune_install libyaml-dev pkg-config
}

# prune_require_command COMMAND [PACKAGE]: a tool from the system's packages.
prune_require_command() {
    command -v "$1" >/dev/null 2>&1 || prune_install "${2:-$1}"
}

# prune_venv: creates (once) the project's virtual environment `.venv` from
# requirements-dev.txt with $PRUNE_PYTHON (default: the first python3 on PATH), re-creates
# it when the file or the interpreter changes, and points every Python the tests start at it:
# PATH (python3, pytest, aws) and PRUNE_TEST_PYTHON (moto for the Swift tests).
prune_venv() {
    local python="${PRUNE_PYTHON:-python3}"
    local venv="$PWD/.venv"
    if ! command -v "$python" >/dev/null 2>&1; then
        echo "error: no Python: '$python' is not on PATH (set PRUNE_PYTHON to a Python 3.10+)" >&2
        return 1
    fi
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
        echo "error: $python is Python $("$python" -c 'import sys; print(sys.version.split()[0])');" \
            "requirements-dev.txt needs 3.10+ (set PRUNE_PYTHON)" >&2
        return 1
    fi
    # The interpreter itself, not a venv's link to it (python3 may be .venv/bin/python3 when
    # PATH already has it: it must outlive `rm -rf .venv`).
    python=$("$python" -c 'import os, sys
print(os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable))')
    # The stamp: the requirements' hash, the interpreter and its version.
    local stamp
    stamp=$("$python" -c 'import hashlib, sys
digest = hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest()
print(digest, sys.executable, sys.version.split()[0])' requirements-dev.txt)
    if [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.prune-stamp" 2>/dev/null)" = "$stamp" ]; then
        echo "== python: $venv (up to date: $stamp)" >&2
    else
        echo "== python: creating $venv with $python from requirements-dev.txt" >&2
        rm -rf "$venv"
        if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
            rm -rf "$venv"
            # Debian splits venv/ensurepip out of the interpreter: python3.X-venv.
            local package
            package="python$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv"
            prune_install "$package"
            "$python" -m venv "$venv"
        fi
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
            -r requirements-dev.txt
        # Written last: an interrupted set-up is redone on the next run.
        printf '%s\n' "$stamp" >"$venv/.prune-stamp"
    fi
    export VIRTUAL_ENV="$venv"
    export PATH="$venv/bin:$PATH"
    export PRUNE_TEST_PYTHON="$venv/bin/python"
}
