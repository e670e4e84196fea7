"""End to end on real servers: Dovecot IMAP (IDLE) and LMTP, an SMTP front, the daemon as deployed."""

from __future__ import annotations

from collections import Counter
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

from bot.domain.reasons import Reason
from tests.e2e.harness import Deployment, clock_hours_ago, deployment


async def test_a_good_reply_passes(mail_servers: object, tmp_path: Path) -> None:
    async with deployment(mail_servers, tmp_path) as d:
        request = await d.request("gina@cand.example")
        await d.candidate_sends("good_reply_gmail.eml", request)
        request = await d.wait_status(request, "passed")
        assert request.criteria["angry_customer_tip"]["met"]
        [reply] = await d.inbound()
        assert reply.reason is None and reply.received_at is not None and reply.timestamp_source == "internaldate"


async def test_a_reply_from_another_address_is_not_accepted(mail_servers: object, tmp_path: Path) -> None:
    async with deployment(mail_servers, tmp_path) as d:
        request = await d.request("gina@cand.example")
        await d.candidate_sends("reply_from_other_address.eml", request, sender="impostor@elsewhere.example")
        [row] = await d.wait_inbound(1)
        assert row.reason == Reason.WRONG_SENDER
        assert (await d.get(request.id)).status == "sent"


async def test_an_auto_reply_is_ignored_and_the_real_answer_after_it_counts(mail_servers: object,
                                                                             tmp_path: Path) -> None:
    async with deployment(mail_servers, tmp_path) as d:
        request = await d.request("gina@cand.example")
        await d.candidate_sends("out_of_office.eml", request)
        [ooo] = await d.wait_inbound(1)
        assert ooo.reason == Reason.AUTO_REPLY
        await d.candidate_sends("good_reply_gmail.eml", request)
        await d.wait_status(request, "passed")
        # Nothing was ever sent to the candidate in answer to the out-of-office notice.
        to_candidate = [o.kind for o in await d.outbound() if o.recipients == ["gina@cand.example"]]
        assert to_candidate == ["request", "receipt"]


async def test_a_bounce_makes_the_request_undeliverable(mail_servers: object, tmp_path: Path) -> None:
    async with deployment(mail_servers, tmp_path) as d:
        request = await d.request("nobody@bounce.test")
        request = await d.wait_status(request, "undeliverable")
        [dsn] = await d.wait_inbound(1)
        assert dsn.reason == Reason.BOUNCE and dsn.request_id == request.id
        assert "undeliverable" in [o.kind for o in await d.outbound()]


async def test_a_refused_recipient_makes_the_request_undeliverable_without_retrying(mail_servers: object,
                                                                                   tmp_path: Path) -> None:
    async with deployment(mail_servers, tmp_path) as d:
        request = await d.request("nobody@reject.test")
        assert request.status == "undeliverable"
        [row] = [o for o in await d.outbound() if o.kind == "request"]
        assert row.status == "failed" and row.attempts == 1 and "550" in row.last_error


async def test_a_reply_after_the_deadline_does_not_pass(mail_servers: object, tmp_path: Path) -> None:
    async with deployment(mail_servers, tmp_path, hours_ago=36.5) as d:
        request = await d.request("gina@cand.example")
        d.catch_up_with_the_server()  # 36.5 hours after the request was sent
        await d.candidate_sends("good_reply_gmail.eml", request)
        [row] = await d.wait_inbound(1)
        assert row.reason == Reason.LATE
        assert (await d.get(request.id)).status == "expired"


async def test_a_daemon_restarted_mid_flow_sends_nothing_twice_and_loses_nothing(mail_servers: object,
                                                                                 tmp_path: Path) -> None:
    d = Deployment(mail_servers, tmp_path, clock_hours_ago(30))
    await d.start()
    gina = await d.request("gina.restart@cand.example")
    nora = await d.request("nora.restart@cand.example")
    # Killed between steps, not stopped: no tidy shutdown. (A kill inside an SMTP transaction is the
    # one at-least-once window: tests/workflow/test_outbox.py shows the retry keeps its Message-ID.)
    await d.wait_outbox_idle()
    await d.crash()

    # While it is down: 30 hours pass, Nora's reminder falls due, and Gina answers (on time).
    d.catch_up_with_the_server()
    await d.candidate_sends("good_reply_gmail.eml", gina)

    await d.start()
    await d.wait_status(gina, "passed")
    await d.wait_status(nora, "reminded")
    await d.stop()

    # And once more, cleanly: a second start finds nothing left to do.
    await d.start()
    d.advance(hours=12)
    await d.daemon.sweep()  # type: ignore[union-attr]
    await d.wait_status(nora, "expired")
    await d.stop()

    # Never the same email twice: the SMTP server saw each of our Message-IDs exactly once.
    ours = {o.message_id for o in await d.outbound()}
    seen = Counter(mid for _, _, data in d.front.accepted if (mid := _message_id(data)) in ours)
    assert seen and all(n == 1 for n in seen.values()), seen
    kinds = Counter((o.kind, o.request_id) for o in await d.outbound() if o.status == "sent")
    assert kinds[("reminder", nora.id)] == 1 and kinds[("request", gina.id)] == 1
    assert kinds[("receipt", gina.id)] == 1 and kinds[("outcome", gina.id)] == 1
    assert [r.reason for r in await d.inbound()] == [None]  # Gina's reply, handled exactly once


def _message_id(data: bytes) -> str | None:
    parsed = BytesParser(policy=default).parsebytes(data, headersonly=True)
    return parsed["Message-ID"]
