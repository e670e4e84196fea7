"""What an OAuth2 sign-in costs per IMAP connection, on a real Dovecot.

    .venv/bin/python bench/oauth2_login.py [--logins 50]   (needs Dovecot installed)

Starts the tests' loopback authorization server (tests/servers/oauth2_provider.py) and a private Dovecot whose
oauth2 passdb introspects every token there, then times connect() (greeting, login, CAPABILITY, SELECT) of
the real ImapMailbox, one connection after the other, three ways: a password LOGIN; AUTHENTICATE XOAUTH2 with
the cached access token; and XOAUTH2 after a refresh at the token endpoint every time (refresh_margin_s
longer than the token's life). Prints p50/p99/max in ms for each.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.imap import ImapMailbox
from bot.adapters.oauth2 import AccessTokens
from bot.settings import OAuth2Settings, Secret
from tests.servers.dovecot import Account, DovecotServer
from tests.servers.fixtures import imap_settings_for
from tests.servers.oauth2_provider import OAuth2Provider


async def time_connects(mailbox: ImapMailbox, count: int) -> list[float]:
    took = []
    for _ in range(count):
        started = time.perf_counter()
        await mailbox.connect()
        took.append((time.perf_counter() - started) * 1000)
        await mailbox.close()
    return took


def line(name: str, ms: list[float]) -> str:
    ms = sorted(ms)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    return f"{name:<34} p50 {statistics.median(ms):7.2f} ms   p99 {p99:7.2f} ms   max {ms[-1]:7.2f} ms"


async def main(logins: int) -> None:
    provider = OAuth2Provider().start()
    server = DovecotServer(oauth2_introspection_url=provider.introspection_url)
    server.start()
    try:
        account = server.new_account()

        def tokens(margin_s: float) -> AccessTokens:
            return AccessTokens(OAuth2Settings(provider="generic", client_id="endorsebot-test-client",
                                               token_url=provider.token_url, refresh_token=Secret(
                                                   provider.grant(account.address)), refresh_margin_s=margin_s))

        oauth = imap_settings_for(server, Account(account.address, ""), auth="oauth2", password=Secret(""))
        # Warm Dovecot's login and auth processes, its HTTP client and our TLS context; a cached token's first
        # login also fetches that token (timed in the third row).
        await time_connects(ImapMailbox(imap_settings_for(server, account)), 3)
        await time_connects(ImapMailbox(oauth, tokens=tokens(10 ** 6)), 3)
        cached = tokens(0)
        await time_connects(ImapMailbox(oauth, tokens=cached), 1)
        rows = [
            ("password LOGIN", await time_connects(ImapMailbox(imap_settings_for(server, account)), logins)),
            ("XOAUTH2, cached access token", await time_connects(ImapMailbox(oauth, tokens=cached), logins)),
            ("XOAUTH2, token refreshed each time",
             await time_connects(ImapMailbox(oauth, tokens=tokens(10 ** 6)), logins)),
        ]
        print(f"{logins} connections each (connect = greeting, login, CAPABILITY, SELECT), Dovecot "
              "introspecting every token over loopback HTTP:")
        for name, ms in rows:
            print(line(name, ms))
    finally:
        server.cleanup()
        provider.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logins", type=int, default=50)
    asyncio.run(main(parser.parse_args().logins))
