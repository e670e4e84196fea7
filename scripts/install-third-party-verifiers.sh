#!/bin/sh
# Installs the third-party credential verifiers the tests run (tests/credentials/test_third_party_verifiers.py):
# the Digital Credentials Consortium's @digitalcredentials/verifier-core, pinned with its whole dependency tree
# by scripts/third-party-verifiers/package-lock.json, into a cache OUTSIDE the repository
# (ENDORSEBOT_NPM_DIR, default ~/.cache/endorsebot-npm). The test fixture calls this; CI may call it first.
#
# Idempotent: when the cache already holds exactly this lockfile's install it returns at once.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE="$HERE/third-party-verifiers"
DIR="${ENDORSEBOT_NPM_DIR:-$HOME/.cache/endorsebot-npm}"
STAMP="$DIR/.endorsebot-lock.sha256"
want=$(sha256sum "$SOURCE/package-lock.json" | cut -d' ' -f1)

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -d "$DIR/node_modules/@digitalcredentials/verifier-core" ]; then
    echo "install-third-party-verifiers: up to date in $DIR"
    exit 0
fi

if ! command -v npm >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
fi

mkdir -p "$DIR"
cp "$SOURCE/package.json" "$SOURCE/package-lock.json" "$DIR/"
# --ignore-scripts: the tree needs no install scripts (core-js's only prints a banner).
(cd "$DIR" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
echo "$want" > "$STAMP"
echo "install-third-party-verifiers: installed in $DIR ($(node --version))"
