"""Attack (issue 10 items 4 and 9, red-team variant): DKIM replay. A member's DKIM-signed request by email proves
who wrote it, not when it was sent to the bot: the attacker who holds a copy (a forwarded thread, a leaked mailbox)
hands the same signed message to the bot again with a new Message-ID, once the first request has ended, and the
signature verifies as well as the first time: a second request, and a second email to the candidate, on the
member's word given once. Our MTA's verdict of the same replay is a DKIM pass as well.

Now a DKIM signature (the hash of its b= value, whichever check verified it) starts one request at most, and one
made more than auth.MAX_SIGNATURE_AGE (7 days) before it arrived (t=) proves no request at all: both are refused
as ``replayed_signature`` and nobody is mailed. x= (an expiry) dkimpy checks itself."""

from __future__ import annotations

import re
import time

import pytest
from sqlmodel import select

from bot.db.models import EndorsementRequest
from bot.domain.reasons import Reason
from tests.inbound.dns_server import DnsServer
from tests.inbound.test_forged_endorser_requests import (
    CANDIDATE,
    add_member,
    dkim_key,
    fixture,
    requests,
    signed,
)
from tests.workflow.world import World

__all__ = ["dkim_key"]


def with_message_id(raw: bytes, message_id: str) -> bytes:
    """The same signed message with another Message-ID (not among the signed headers)."""
    return re.sub(rb"Message-ID: <[^>]+>", f"Message-ID: <{message_id}>".encode(), raw, count=1)


async def end_request(world: World) -> None:
    async with world.app.db.session() as session:
        for request in await session.scalars(select(EndorsementRequest)):
            await world.app.workflow.withdraw(session, request, actor="test", why="done")
        await session.commit()


async def mails_to_candidate(world: World) -> int:
    """Request emails queued for the candidate (a withdrawn request's notice to them is not one)."""
    return sum(CANDIDATE in row.recipients for row in await world.outbound(kind="request"))


async def test_a_replayed_dkim_signed_request_starts_no_second_request(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer) -> None:
    await add_member(world)
    raw = await signed(world, dkim_key, dns_server, "members.example")
    first = await world.deliver("", raw=raw)
    assert first.reason is None and first.kind == "request"
    assert await mails_to_candidate(world) == 1
    await end_request(world)
    world.advance(days=2)

    replay = await world.deliver("", raw=with_message_id(raw, "replay-1@evil.example"))

    assert replay.reason == Reason.REPLAYED_SIGNATURE
    assert len(await requests(world)) == 1
    assert await mails_to_candidate(world) == 1


async def test_a_replay_while_the_first_request_is_open_is_named_a_replay(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer) -> None:
    await add_member(world)
    raw = await signed(world, dkim_key, dns_server, "members.example")
    await world.deliver("", raw=raw)
    replay = await world.deliver("", raw=with_message_id(raw, "replay-2@evil.example"))
    assert replay.reason == Reason.REPLAYED_SIGNATURE


async def test_a_replay_our_mta_vouches_for_is_refused_too(world: World) -> None:
    """The MTA verifies the replayed signature and writes dkim=pass, dmarc=pass: the signature is the same."""
    await add_member(world)
    first = await world.deliver(fixture("signed_request_replayed_through_our_mta.eml"), None)
    assert first.reason is None
    await end_request(world)
    replay = await world.deliver(fixture("signed_request_replayed_through_our_mta.eml"), None)  # a new Message-ID
    assert replay.reason == Reason.REPLAYED_SIGNATURE
    assert await mails_to_candidate(world) == 1


async def test_a_signature_made_weeks_before_it_arrived_proves_no_request(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    await add_member(world)
    weeks_ago = world.clock.now().timestamp() - 30 * 86400
    monkeypatch.setattr(time, "time", lambda: weeks_ago)  # dkimpy writes t= from time.time()
    raw = await signed(world, dkim_key, dns_server, "members.example")
    monkeypatch.undo()
    assert b"t=" in raw.split(b"\r\n\r\n")[0]

    row = await world.deliver("", raw=raw)

    assert row.reason == Reason.REPLAYED_SIGNATURE and "days before it arrived" in row.reason_detail
    assert await requests(world) == []
    assert await mails_to_candidate(world) == 0


async def test_a_new_signed_request_after_the_first_ended_is_started(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer) -> None:
    await add_member(world)
    await world.deliver("", raw=await signed(world, dkim_key, dns_server, "members.example"))
    await end_request(world)
    later = time.time() + 60  # a new message: signed at another time (t=), so another signature
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(time, "time", lambda: later)
        raw = await signed(world, dkim_key, dns_server, "members.example")
    again = await world.deliver("", raw=raw)
    assert again.reason is None and again.kind == "request"
    assert await mails_to_candidate(world) == 2


def test_the_unsigned_headers_do_not_change_the_signature_hash() -> None:
    from bot.inbound.auth import signature_tags
    from bot.mail.parse import parse_mail

    head = (b"DKIM-Signature: v=1; d=members.example; s=s; t=1767600000; bh=x=;\r\n b=AbC dEf\r\n\t gH=\r\n"
            b"From: a@members.example\r\nMessage-ID: <%s@x>\r\n\r\nhi\r\n")
    one, two = (signature_tags(parse_mail(head % n)) for n in (b"1", b"2"))
    assert one == two and one[0].domain == "members.example" and one[0].signed_at is not None
    assert not signature_tags(parse_mail(b"DKIM-Signature: v=1; d=x; bh=abc\r\nFrom: a@x\r\n\r\nhi\r\n"))


def respelt(raw: bytes) -> bytes:
    """The same signature with its b= value written another way that decodes to the same bytes: the low bits of
    the last base64 digit before the padding, which decoders ignore, changed, and four more "=" after it. b= is
    not among the bytes a DKIM signature hashes, so it verifies as before."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    match = re.search(rb"b=([A-Za-z0-9+/\s]+?)(=*)(?=;|\r\n\S|$)", head)
    assert match is not None and match.group(2) == b"=="  # a 2048-bit RSA signature ends in "x=="
    digits = match.group(1)
    last = digits.rstrip()[-1:]
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    other = alphabet[alphabet.index(last) ^ 1:][:1]  # a low bit the decoder drops
    new = digits.rstrip()[:-1] + other + b"======"
    return head[:match.start(1)] + new + head[match.end(2):] + sep + body


async def test_a_replay_with_its_signature_respelt_in_base64_is_refused(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer) -> None:
    """Variant: the replay's b= value is spelt another way (a digit's ignored low bits, extra padding). dkimpy
    decodes it to the same signature and it verifies, but the hash of its text is new."""
    await add_member(world)
    raw = await signed(world, dkim_key, dns_server, "members.example")
    first = await world.deliver("", raw=raw)
    assert first.reason is None and first.kind == "request"
    await end_request(world)
    again = respelt(with_message_id(raw, "respelt-1@evil.example"))
    from bot.adapters.dkim import DkimVerifier
    [check] = await DkimVerifier(servers=world.app.settings.security.dns_servers).signatures(again)
    assert check.valid, check.why  # the respelt signature still verifies

    replay = await world.deliver("", raw=again)

    assert replay.reason == Reason.REPLAYED_SIGNATURE
    assert await mails_to_candidate(world) == 1


async def test_a_replay_our_mta_vouches_for_with_its_signature_respelt_is_refused(world: World) -> None:
    await add_member(world)
    first = await world.deliver(fixture("signed_request_replayed_through_our_mta.eml"), None)
    assert first.reason is None
    await end_request(world)
    replay = await world.deliver(fixture("signed_request_replayed_with_its_signature_respelt.eml"), None)
    assert replay.reason == Reason.REPLAYED_SIGNATURE
    assert await mails_to_candidate(world) == 1


async def test_a_replay_our_mta_vouches_for_below_five_made_up_signatures_is_refused(world: World) -> None:
    """Variant: the replay carries five made-up signatures above the real one. Only the first five are read for
    the ledger, and our MTA, which checks every signature, still writes dkim=pass for the real one."""
    await add_member(world)
    first = await world.deliver(fixture("signed_request_replayed_through_our_mta.eml"), None)
    assert first.reason is None
    await end_request(world)
    replay = await world.deliver(fixture("signed_request_replayed_below_five_made_up_signatures.eml"), None)
    assert replay.reason == Reason.REPLAYED_SIGNATURE
    assert await mails_to_candidate(world) == 1
