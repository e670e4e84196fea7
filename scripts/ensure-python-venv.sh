#!/bin/sh
# Makes sure "$PYTHON -m venv" can work: on Debian/Ubuntu the venv module ships without ensurepip
# unless the python3-venv package (python3.X-venv) is installed. As root we install it with apt;
# otherwise we say exactly what to run, and fail.
set -eu

PYTHON="${1:-python3}"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "ensure-python-venv: $PYTHON not found; install Python 3.11 or newer (Debian: apt-get install python3)" >&2
    exit 1
fi
if "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    exit 0
fi

version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
# Debian names the package after the exact version; python3-venv pulls in the default one.
packages="python$version-venv"
if [ "$(command -v "$PYTHON")" = "/usr/bin/python3" ] || [ "$(command -v "$PYTHON")" = "/usr/bin/python$version" ]; then
    packages="python3-venv $packages"
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-python-venv: $PYTHON cannot create virtualenvs (no ensurepip); install your system's venv package" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-python-venv: $PYTHON cannot create virtualenvs. Run: sudo apt-get install -y $packages" >&2
    exit 1
fi

echo "ensure-python-venv: installing $packages"
DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086  # the package list is meant to split
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $packages
"$PYTHON" -c 'import ensurepip, venv' || {
    echo "ensure-python-venv: still no ensurepip after installing $packages" >&2
    exit 1
}
