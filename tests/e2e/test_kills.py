"""A daemon killed inside the SMTP window, on real Dovecot: nothing lost, nothing sent twice (issue 12).

The SMTP front holds its final reply to DATA, so the kill lands exactly where the client cannot know
whether the server took the message. Every email carries a copy for the bot (Bcc); at the next start
the watcher reads the mailbox first and the copy decides: there means sent (at its INTERNALDATE),
missing after a full read means not taken, and only then is the email sent again.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest

from bot.clock import utc
from bot.db.models import EndorsementRequest
from tests.e2e.chaos import QueueFront
from tests.e2e.harness import Deployment, clock_hours_ago, eventually
from tests.servers.dovecot import DovecotServer
from tests.servers.fixtures import BOUNCE_DOMAINS, LOCAL_DOMAINS, REJECT_DOMAINS, MailServers
from tests.servers.holding_smtp import HoldingFront, Mode

CANDIDATE = "gina.kill@cand.example"


@pytest.fixture
async def holding_servers(dovecot: DovecotServer) -> AsyncIterator[MailServers]:
    front = HoldingFront(deliver=dovecot.deliver, local_domains=LOCAL_DOMAINS, bounce_domains=BOUNCE_DOMAINS,
                         reject_domains=REJECT_DOMAINS)
    await front.start()
    try:
        yield MailServers(dovecot=dovecot, smtp=front)
    finally:
        front.release.set()
        await front.stop()


async def _killed_while_the_server_holds_its_answer(d: Deployment, front: HoldingFront,
                                                   mode: Mode) -> EndorsementRequest:
    front.hold_next(mode)
    await d.start()
    assert d.app
    async with d.app.db.session() as s:
        request = await d.app.workflow.create_request(s, endorser_email="alice@members.example",
                                                      candidate_email=CANDIDATE, candidate_name="Gina")
        await s.commit()
    d.app.outbox_dirty.set()
    await eventually(_is_set(front), "the request email handed to the server, its answer held")
    await d.crash()  # SIGKILL-like: the daemon never hears the answer and records nothing
    front.release.set()
    return request


def _is_set(front: HoldingFront) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return front.holding.is_set()
    return check


def _sent_once_each(front: HoldingFront) -> Counter[str]:
    ids = Counter(str(BytesParser(policy=default).parsebytes(data, headersonly=True)["Message-ID"])
                  for _, _, data in front.accepted)
    assert all(n == 1 for n in ids.values()), f"an email was accepted twice: {ids}"
    return ids


async def test_killed_after_the_server_took_the_request_the_answer_counts_and_nothing_arrives_twice(
        holding_servers: MailServers, tmp_path: Path) -> None:
    front = holding_servers.smtp
    assert isinstance(front, HoldingFront)
    d = Deployment(holding_servers, tmp_path, clock_hours_ago(0))
    request = await _killed_while_the_server_holds_its_answer(d, front, "accept_then_hold")
    assert len(front.outside[CANDIDATE]) == 1  # the candidate has it; the daemon does not know

    await d.start()  # reads its mailbox first: the copy of the request email is there
    request = await d.wait_status(request, "sent")
    [copy] = [c for c in await d.copies() if c.message_id == (await d.outbound())[0].message_id]
    # The window starts when the server took it.
    assert request.sent_at is not None and utc(request.sent_at) == utc(copy.received_at)
    d.catch_up_with_the_server()
    await d.candidate_sends("good_reply_gmail.eml", request)
    await d.wait_status(request, "passed")
    await d.wait_outbox_idle()
    await d.stop()

    assert len(front.outside[CANDIDATE]) == 2  # the request, then the receipt: never the request again
    # The admins' daily digest goes out too when the wall clock is past [digest] hour; it is not this story.
    kinds = Counter(o.kind for o in await d.outbound() if o.status == "sent" and o.kind != "digest")
    assert kinds == Counter({"request": 1, "ack": 1, "receipt": 1, "outcome": 1})
    _sent_once_each(front)


async def test_killed_before_the_server_took_the_request_it_is_sent_again_once(
        holding_servers: MailServers, tmp_path: Path) -> None:
    front = holding_servers.smtp
    assert isinstance(front, HoldingFront)
    d = Deployment(holding_servers, tmp_path, clock_hours_ago(0))
    request = await _killed_while_the_server_holds_its_answer(d, front, "hold_then_refuse")
    assert CANDIDATE not in front.outside

    await d.start()  # no copy in the mailbox, read again after the settle time: sent again
    request = await d.wait_status(request, "sent")
    await d.wait_outbox_idle()
    await d.stop()
    assert len(front.outside[CANDIDATE]) == 1
    _sent_once_each(front)


async def test_killed_in_the_window_while_the_candidate_answers_the_answer_counts(
        holding_servers: MailServers, tmp_path: Path) -> None:
    """The candidate answers while the daemon is down: at the next start the answer, judged, proves
    the delivery too; the request is never refused as closed and never sent again."""
    front = holding_servers.smtp
    assert isinstance(front, HoldingFront)
    d = Deployment(holding_servers, tmp_path, clock_hours_ago(0))
    request = await _killed_while_the_server_holds_its_answer(d, front, "accept_then_hold")
    d.app = None
    from bot.app import build_app  # the candidate's reply needs the request's token, read from the database

    reader = build_app(d.settings, clock=d.clock)
    async with reader.db.session() as s:
        stored = await s.get(EndorsementRequest, request.id)
    await reader.close()
    assert stored is not None and stored.status == "requested"
    d.app = reader
    await d.candidate_sends("good_reply_gmail.eml", stored)

    await d.start()
    await d.wait_status(request, "passed")
    await d.wait_outbox_idle()
    await d.stop()
    [reply] = await d.inbound()
    assert reply.reason is None
    assert len(front.outside[CANDIDATE]) == 2  # the request and the receipt
    _sent_once_each(front)


async def test_a_copy_the_server_delivers_late_is_waited_for_and_nothing_arrives_twice(
        dovecot: DovecotServer, tmp_path: Path) -> None:
    """The server took the request email, the daemon was killed before it heard so, and the server's
    queue holds the bot's copy (the mailbox was unreachable from it for a while). However often the
    mailbox is read meanwhile, the email is not sent again: a probe sent after the doubt waits in the
    same queue behind the copy, and when the queue moves the copy comes first and decides."""
    front = QueueFront(deliver=dovecot.deliver, local_domains=LOCAL_DOMAINS, bounce_domains=BOUNCE_DOMAINS)
    await front.start()
    front.start_delivery()
    d = Deployment(MailServers(dovecot=dovecot, smtp=front), tmp_path, clock_hours_ago(0))
    try:
        taken, heard = asyncio.Event(), asyncio.Event()

        async def kill_before_the_250(sender: str, recipients: tuple[str, ...], data: bytes) -> None:
            if CANDIDATE in recipients and not taken.is_set():
                taken.set()
                await heard.wait()

        front.on_accept = kill_before_the_250
        await d.start()
        assert d.app
        async with d.app.db.session() as s:
            request = await d.app.workflow.create_request(s, endorser_email="alice@members.example",
                                                          candidate_email=CANDIDATE, candidate_name="Gina")
            await s.commit()
        await front.hold_deliveries()  # from here the server queues and does not deliver
        d.app.outbox_dirty.set()
        await eventually(_event_set(taken), "the server took the request email")
        await d.crash()
        heard.set()
        front.on_accept = None

        await d.start()  # reads the mailbox (no copy yet), sends a probe, and waits for it
        async def probed_or_resent() -> bool:
            return await _accepted(front, "delivery probe") or _requests_taken(front) > 1

        await eventually(probed_or_resent, "a probe handed to the server, or the request email again")
        assert _requests_taken(front) == 1, "sent again while its copy waited in the server's queue"
        for _ in range(3):  # full reads well past in_doubt_settle_s, with the copy still queued
            assert d.app and await d.app.inbox_progress.sync(10)
            await asyncio.sleep(d.settings.smtp.in_doubt_settle_s)
        assert CANDIDATE not in front.outside and _requests_taken(front) == 1

        front.release_deliveries()
        request = await d.wait_status(request, "sent")
        d.catch_up_with_the_server()  # the ack is due from the copy's receipt time (the server's clock)
        await d.wait_outbox_idle()
        await d.stop()
    finally:
        await front.stop_delivery()
        await front.stop()
    assert _requests_taken(front) == 1 and len(front.outside[CANDIDATE]) == 1
    _sent_once_each(front)  # type: ignore[arg-type]


def _event_set(event: asyncio.Event) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return event.is_set()
    return check


async def _accepted(front: QueueFront, subject_part: str) -> bool:
    return any(subject_part in str(BytesParser(policy=default).parsebytes(data, headersonly=True)["Subject"])
               for _, _, data in front.accepted)


def _requests_taken(front: QueueFront) -> int:
    return sum(CANDIDATE in recipients for _, recipients, _ in front.accepted)
