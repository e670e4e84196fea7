#!/bin/sh
# Installs the system packages the real-server tests need on Debian/Ubuntu: Dovecot (IMAP + LMTP),
# Postfix (the MTA that hands replies to the bot over LMTP in [ingress] mode = "lmtp"), Chromium (the digest is rendered headless and screenshotted) and a PostgreSQL server (the
# multi-instance tests; on these machines one already listens on 127.0.0.1:5432 with trust auth).
#
# Idempotent and non-interactive: when everything is already installed it returns at once without
# touching apt. Tests start their own private Dovecot instances (tests/servers/dovecot.py) on free
# ports from a config in a temp folder, and their own private Postfix instances (tests/servers/postfix.py,
# own config and queue directories), so Debian's own dovecot and postfix services are never needed: we
# stop apt from starting them during the install, and leave them alone if they are already running.
# Postfix is preseeded "No configuration": its package writes no main.cf and asks nothing.
set -eu

PACKAGES="dovecot-core dovecot-imapd dovecot-lmtpd postfix chromium postgresql"

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing="$missing $pkg"
    fi
done

postgres_up() {
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
}

start_postgres() {
    # The tests expect a server on 127.0.0.1:5432; start the packaged cluster if none answers.
    if command -v pg_ctlcluster >/dev/null && ! bash -c "$(declare -f postgres_up); postgres_up"; then
        version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
        if [ -n "$version" ]; then
            $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
        fi
    fi
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

if [ -z "$missing" ]; then
    echo "install-system-deps: already installed:$(printf ' %s' $PACKAGES)"
    start_postgres
    exit 0
fi

# policy-rc.d exit 101 tells invoke-rc.d/deb-systemd-invoke not to start services during the install
# (the Debian way; Docker images ship one). Only add ours when none exists, and remove it afterwards.
POLICY=/usr/sbin/policy-rc.d
added_policy=""
if [ ! -e "$POLICY" ]; then
    $SUDO sh -c "printf '#!/bin/sh\nexit 101\n' > $POLICY && chmod 755 $POLICY"
    added_policy="yes"
fi
cleanup() {
    if [ -n "$added_policy" ]; then
        $SUDO rm -f "$POLICY"
    fi
}
trap cleanup EXIT INT TERM

echo "install-system-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
# Postfix asks for a mail server type; "No configuration" leaves /etc/postfix without a main.cf, so the
# packaged service has nothing to run and our private instances bring their own.
printf '%s\n' "postfix postfix/main_mailer_type select No configuration" \
    "postfix postfix/mailname string localhost" | $SUDO debconf-set-selections
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086  # word splitting of the package list is intended
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $missing

# Our test instances need only the binaries: Debian's service may stay stopped (or absent, as in
# containers without an init system).
command -v dovecot >/dev/null || { echo "install-system-deps: dovecot binary not found" >&2; exit 1; }
[ -x /usr/sbin/postfix ] || { echo "install-system-deps: postfix binary not found" >&2; exit 1; }
start_postgres
echo "install-system-deps: done ($(dovecot --version))"
