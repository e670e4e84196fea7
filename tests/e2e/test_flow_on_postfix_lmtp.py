"""End to end in [ingress] mode = "lmtp": a real Postfix hands replies to the daemon over LMTP.

The same scenarios as IMAP mode (tests/e2e/test_flow_on_dovecot.py), with no mailbox anywhere: the
reply is judged, the outcome recorded, the endorser told; auto-replies, strangers, bounces (written by
Postfix itself), refusals and late replies are told apart; the bot's own copies still arrive; a daemon
killed mid-flow loses nothing and sends nothing twice.
"""

from __future__ import annotations

from collections import Counter
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

from bot.domain.reasons import Reason
from tests.e2e.harness import clock_hours_ago, eventually
from tests.e2e.lmtp_harness import LmtpDeployment, PostfixWorld, lmtp_deployment, postfix_world, real_now_clock

__all__ = ["postfix_world"]  # the fixture, for pytest

ENDORSER = "alice@members.example"


async def test_a_good_reply_passes_and_the_endorser_is_told(postfix_world: PostfixWorld, tmp_path: Path) -> None:
    async with lmtp_deployment(postfix_world, tmp_path) as d:
        request = await d.request("gina@cand.example")
        # The bot's (test) clock a minute past the real one, so the stamp Postfix puts on top (real time, whole
        # seconds) is always before the reply's arrival, as in production, where the MTA stamps before it
        # hands over. With both in the same second the source depended on timing.
        d.advance(minutes=1)
        await d.candidate_sends("good_reply_gmail.eml", request)
        request = await d.wait_status(request, "passed")
        assert request.criteria["angry_customer_tip"]["met"]
        [reply] = await d.inbound()
        assert reply.reason is None and reply.mailbox == "lmtp" and reply.timestamp_source == "mta_received"
        await d.wait_outbox_idle()
        outcome = [o for o in await d.outbound() if o.recipients == [ENDORSER]]
        assert outcome and all(o.status == "sent" for o in outcome)

        async def endorser_has_it() -> bool:
            return len(d.outside_mail(ENDORSER)) == len(outcome)

        await eventually(endorser_has_it, "the endorser's mail went through Postfix")


async def test_the_bots_own_copies_arrive_over_lmtp(postfix_world: PostfixWorld, tmp_path: Path) -> None:
    """The proof of sending (a Bcc to the bot) that decides emails in doubt works without a mailbox."""
    async with lmtp_deployment(postfix_world, tmp_path) as d:
        request = await d.request("gina@cand.example")
        await d.wait_outbox_idle()

        async def copied() -> bool:
            return {c.message_id for c in await d.copies()} >= {o.message_id for o in await d.outbound()}

        await eventually(copied, "a copy of every email sent")
        assert await d.inbound() == []
        assert (await d.get(request.id)).status == "sent"


async def test_a_reply_from_another_address_is_not_accepted(postfix_world: PostfixWorld, tmp_path: Path) -> None:
    async with lmtp_deployment(postfix_world, tmp_path) as d:
        request = await d.request("gina@cand.example")
        await d.candidate_sends("reply_from_other_address.eml", request, sender="impostor@elsewhere.example")
        [row] = await d.wait_inbound(1)
        assert row.reason == Reason.WRONG_SENDER
        assert (await d.get(request.id)).status == "sent"


async def test_an_auto_reply_is_ignored_and_the_real_answer_after_it_counts(postfix_world: PostfixWorld,
                                                                             tmp_path: Path) -> None:
    async with lmtp_deployment(postfix_world, tmp_path) as d:
        request = await d.request("gina@cand.example")
        await d.candidate_sends("out_of_office.eml", request)
        [ooo] = await d.wait_inbound(1)
        assert ooo.reason == Reason.AUTO_REPLY
        await d.candidate_sends("good_reply_gmail.eml", request)
        await d.wait_status(request, "passed")
        to_candidate = [o.kind for o in await d.outbound() if o.recipients == ["gina@cand.example"]]
        assert to_candidate == ["request", "receipt"]


async def test_a_bounce_written_by_postfix_makes_the_request_undeliverable(postfix_world: PostfixWorld,
                                                                           tmp_path: Path) -> None:
    async with lmtp_deployment(postfix_world, tmp_path) as d:
        request = await d.request("nobody@bounce.test")
        request = await d.wait_status(request, "undeliverable")
        [dsn] = await d.wait_inbound(1)
        assert dsn.reason == Reason.BOUNCE and dsn.request_id == request.id
        assert "MAILER-DAEMON" in dsn.from_addr.upper()  # Postfix's own report, null envelope sender
        assert "undeliverable" in [o.kind for o in await d.outbound()]


async def test_a_recipient_postfix_refuses_makes_the_request_undeliverable(postfix_world: PostfixWorld,
                                                                           tmp_path: Path) -> None:
    async with lmtp_deployment(postfix_world, tmp_path) as d:
        request = await d.request("nobody@reject.test")
        assert request.status == "undeliverable"
        [row] = [o for o in await d.outbound() if o.kind == "request"]
        assert row.status == "failed" and row.attempts == 1 and "550" in row.last_error


async def test_a_reply_after_the_deadline_does_not_pass(postfix_world: PostfixWorld, tmp_path: Path) -> None:
    d = LmtpDeployment(postfix_world, tmp_path, clock_hours_ago(36.5))
    await d.start()
    try:
        request = await d.request("gina@cand.example")
        d.catch_up_with_the_server()  # 36.5 hours after the request was sent: Postfix stamps it with real time
        # and a minute on, so Postfix's whole-second stamp, written after this line, still precedes the (frozen)
        # arrival time, as in production; a stamp after arrival is never trusted and the source was then timing.
        d.advance(minutes=1)
        await d.candidate_sends("good_reply_gmail.eml", request)
        [row] = await d.wait_inbound(1)
        assert row.reason == Reason.LATE and row.timestamp_source == "mta_received"
        assert (await d.get(request.id)).status == "expired"
    finally:
        await d.stop()


async def test_down_at_the_deadline_with_an_on_time_answer_postfix_held_the_answer_passes(
        postfix_world: PostfixWorld, tmp_path: Path) -> None:
    """IMAP mode's scenario (tests/e2e/test_down_at_deadline.py): on time is when our mail system took the reply
    (here the Received date Postfix put on top), not when a daemon that was down got round to it."""
    d = LmtpDeployment(postfix_world, tmp_path, clock_hours_ago(35.9))  # the deadline is six minutes away
    await d.start()
    request = await d.request("gina.down@cand.example")
    await d.crash()

    d.catch_up_with_the_server()
    await d.candidate_sends("good_reply_gmail.eml", request)  # Postfix takes it before the deadline, holds it
    d.advance(hours=2)  # the daemon comes back two hours after the deadline

    await d.start()
    request = await d.wait_status(request, "passed")
    await d.stop()
    [reply] = await d.inbound()
    assert reply.reason is None and reply.timestamp_source == "mta_received"
    assert request.deadline_at is not None and reply.received_at < request.deadline_at


async def test_a_daemon_restarted_mid_flow_sends_nothing_twice_and_loses_nothing(postfix_world: PostfixWorld,
                                                                                 tmp_path: Path) -> None:
    """IMAP mode's restart scenario: here Postfix, not a mailbox, holds what arrives while the daemon is down."""
    d = LmtpDeployment(postfix_world, tmp_path, real_now_clock())
    await d.start()
    gina = await d.request("gina.restart@cand.example")
    nora = await d.request("nora.restart@cand.example")
    await d.wait_outbox_idle()
    await d.crash()  # killed between steps, no tidy shutdown

    # While it is down Gina answers: Postfix cannot deliver it and keeps it queued. 30 hours pass: Nora's
    # reminder falls due, Gina's answer is still on time when the daemon takes it (LMTP arrival time).
    await d.candidate_sends("good_reply_gmail.eml", gina)  # Postfix answered 250: it holds the reply
    d.advance(hours=30)

    await d.start()  # its flush command asks Postfix for the held reply at once
    await d.wait_status(gina, "passed")
    await d.wait_status(nora, "reminded")
    await d.stop()

    # And once more, cleanly: a second start finds nothing left to do.
    await d.start()
    d.advance(hours=12)
    assert d.daemon
    await d.daemon.sweep()
    await d.wait_status(nora, "expired")
    await d.wait_outbox_idle()
    await d.stop()

    # Never the same email twice: the rest of the internet saw each of our Message-IDs once per recipient.
    ours = {o.message_id for o in await d.outbound()}
    seen = Counter((rcpt, mid) for rcpt, mails in postfix_world.outside.outside.items() for data in mails
                   if (mid := _message_id(data)) in ours)
    assert seen and all(n == 1 for n in seen.values()), seen
    kinds = Counter((o.kind, o.request_id) for o in await d.outbound() if o.status == "sent")
    assert kinds[("reminder", nora.id)] == 1 and kinds[("request", gina.id)] == 1
    assert kinds[("receipt", gina.id)] == 1 and kinds[("outcome", gina.id)] == 1
    assert [r.reason for r in await d.inbound()] == [None]  # Gina's reply, handled exactly once


def _message_id(data: bytes) -> str | None:
    parsed = BytesParser(policy=default).parsebytes(data, headersonly=True)
    return parsed["Message-ID"]
