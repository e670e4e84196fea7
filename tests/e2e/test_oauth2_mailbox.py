"""End to end with OAuth2 sign-in on real servers: a Dovecot whose oauth2 passdb checks tokens at a loopback
authorization server, an SMTP server that takes only AUTH XOAUTH2, and the daemon as deployed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import col, select

from bot.admin.digest import gather_digest
from bot.commands.check_config import check_all
from bot.db.models import Alert
from bot.ports import REFRESH_FAILED
from bot.sandbox.smtp import SmtpFront
from bot.settings import Secret
from tests.e2e.harness import Deployment, clock_hours_ago, eventually
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import BOUNCE_DOMAINS, LOCAL_DOMAINS, REJECT_DOMAINS
from tests.servers.oauth2_fixtures import CLIENT_ID
from tests.servers.oauth2_provider import OAuth2Provider, introspect

pytestmark = pytest.mark.realserver


@dataclass(frozen=True, slots=True)
class Servers:
    """What the harness expects: ``smtp`` is where candidates submit; ``submission`` takes only OAuth2."""

    dovecot: DovecotServer
    smtp: SmtpFront
    submission: SmtpFront


@pytest.fixture
async def servers(oauth2_dovecot: DovecotServer, oauth2_provider: OAuth2Provider) -> AsyncIterator[Servers]:
    async def bearer(user: str, token: str) -> bool:
        return await introspect(oauth2_provider.introspection_url, token) == user

    def front(**auth: object) -> SmtpFront:
        return SmtpFront(deliver=oauth2_dovecot.deliver, local_domains=LOCAL_DOMAINS, bounce_domains=BOUNCE_DOMAINS,
                         reject_domains=REJECT_DOMAINS, **auth)  # type: ignore[arg-type]

    open_front, submission = front(), front(bearer=bearer)
    await open_front.start()
    await submission.start()
    try:
        yield Servers(oauth2_dovecot, open_front, submission)
    finally:
        await open_front.stop()
        await submission.stop()


def signed_in_with_oauth2(d: Deployment, servers: Servers, provider: OAuth2Provider, *, smtp: bool) -> str:
    """Switch the deployment to OAuth2 for IMAP (and SMTP, through the submission server); no password."""
    refresh_token = provider.grant(d.bot)
    smtp_settings = ({"port": servers.submission.port, "auth": "oauth2", "username": d.bot} if smtp else {})
    d.settings = d.settings.replace(
        imap={"auth": "oauth2", "password": Secret("")},
        smtp=smtp_settings,
        oauth2={"provider": "generic", "client_id": CLIENT_ID, "token_url": provider.token_url,
                "scopes": ("mail",), "refresh_token": Secret(refresh_token), "timeout_s": 10.0},
        daemon={"fatal_attempts": 1, "fatal_retry_base_s": 0.0},
    )
    return refresh_token


async def test_a_mailbox_reachable_only_with_oauth2_works_end_to_end(
        servers: Servers, oauth2_provider: OAuth2Provider, tmp_path: Path) -> None:
    d = Deployment(servers, tmp_path, clock_hours_ago(0))
    signed_in_with_oauth2(d, servers, oauth2_provider, smtp=True)
    await d.start()
    try:
        request = await d.request("gina.oauth@cand.example")
        assert request.status == "sent"
        await d.candidate_sends("good_reply_gmail.eml", request)
        request = await d.wait_status(request, "passed")
        [reply] = await d.inbound()
        assert reply.reason is None and reply.timestamp_source == "internaldate"
        # Everything the bot sent went through the server that takes only a token.
        assert servers.submission.accepted and not [a for a in servers.smtp.accepted if a[0] == d.bot]
        assert d.app is not None and d.app.tokens is not None and d.app.tokens.refused is None
    finally:
        await d.stop()


async def test_a_revoked_refresh_token_is_alerted_and_the_daemon_keeps_sending(
        servers: Servers, oauth2_provider: OAuth2Provider, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    d = Deployment(servers, tmp_path, clock_hours_ago(0))
    refresh_token = signed_in_with_oauth2(d, servers, oauth2_provider, smtp=False)
    await d.start()
    assert d.app is not None and d.daemon is not None
    try:
        await d.request("first.oauth@cand.example")
        # The user withdraws the app's consent; the IMAP session is dropped and must sign in again.
        oauth2_provider.revoke(refresh_token)
        await asyncio.to_thread(servers.dovecot.kick, d.bot)

        async def alerted() -> bool:
            assert d.app is not None
            async with d.app.db.session() as s:
                return bool(list(await s.scalars(select(Alert).where(col(Alert.kind) == REFRESH_FAILED))))

        await eventually(alerted, "an oauth2_refresh_failed alert recorded")
        # The admins are mailed through what still works (SMTP signs in with its own credentials here).
        await eventually(lambda: _sent_kind(d, "alert"), "the alert mailed to the admin")
        # The daemon did not stop (fatal_attempts is 1: a refused password would have ended it) and sends on.
        second = await d.request("second.oauth@cand.example")
        assert second.status == "sent"
        assert d.daemon.exit_status == 0
        assert d.app.tokens is not None and d.app.tokens.refused is not None

        async with d.app.db.session() as s:
            digest = await gather_digest(s, d.settings, d.clock.now())
        assert digest.sign_in is not None and "invalid_grant" in digest.sign_in.summary
        assert refresh_token not in digest.sign_in.summary
        results = {r.name: r for r in await check_all(d.settings)}
        assert not results["oauth2"].ok and results["oauth2"].detail.startswith(REFRESH_FAILED)
        assert refresh_token not in results["oauth2"].detail
        # Named in the log, and no token in any line of it (the library's debug lines included).
        assert any(getattr(r, "condition", None) == REFRESH_FAILED for r in caplog.records)
        assert refresh_token not in caplog.text
        assert not any(token in caplog.text for token in oauth2_provider.state.issued)
    finally:
        await d.stop()


async def _sent_kind(d: Deployment, kind: str) -> bool:
    return any(o.kind == kind and o.status == "sent" for o in await d.outbound())
