"""Issue 10 item 4: a request by email is not startable by a forged From:.

The attacker knows a member's address and the bot's; they write ``From: alice@members.example`` and name a
candidate. Whatever their mail claims, the candidate is mailed only when the sender is authenticated (an
aligned pass in our own MTA's top-most header, or a DKIM signature we verify). By default anything else is
refused and nobody is mailed; where the operator opts into the confirmation round-trip (the ``world`` of
these tests), only Alice herself answering the one-time address mailed to her registered address starts it.
"""

from __future__ import annotations

import base64
import email
from email.message import Message
from pathlib import Path

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import select

from bot.db.models import EndorsementRequest, InboundMessage, Member
from bot.domain.reasons import Reason
from bot.inbound.confirmation import withdraw_lapsed
from tests.inbound.dns_server import DnsServer
from tests.workflow.world import ENDORSER, World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"
CANDIDATE = "carol@cand.example"


def fixture(name: str) -> str:
    return str(SECURITY / name)


async def add_member(world: World) -> None:
    async with world.app.db.session() as session:
        session.add(Member(email=ENDORSER, name="Alice Member", created_at=world.clock.now()))
        await session.commit()


async def requests(world: World) -> list[EndorsementRequest]:
    async with world.app.db.session() as session:
        return list(await session.scalars(select(EndorsementRequest)))


async def candidate_mailed(world: World) -> bool:
    await world.app.outbox.flush()
    return CANDIDATE in world.front.outside


async def confirmation_mail(world: World) -> Message:
    """The confirmation email as the endorser's mail server received it over SMTP."""
    await world.app.outbox.flush()
    [raw] = world.front.outside[ENDORSER]
    return email.message_from_bytes(raw)


async def confirm(world: World, mail: Message,
                  fixture_name: str = "endorser_confirms_the_request.eml") -> InboundMessage:
    return await world.deliver(fixture(fixture_name), None, confirm_to=str(mail["Reply-To"]),
                               confirm_mid=str(mail["Message-ID"]))


@pytest.fixture
def dkim_key() -> tuple[bytes, str]:
    """A fresh RSA key: the private PEM and the DNS TXT value that publishes it."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"


async def signed(world: World, key: tuple[bytes, str], dns: DnsServer, domain: str) -> bytes:
    pem, txt = key
    raw = await world.render(fixture("endorser_signs_with_dkim.eml"), None)
    dns.records[f"sel1._domainkey.{domain}"] = txt
    signature = dkim.sign(raw, b"sel1", domain.encode(), pem, include_headers=[b"from", b"to", b"subject"])
    return bytes(signature) + raw


# ---- mail that must not reach the candidate on its own -------------------------------------------

@pytest.mark.parametrize("attack", [
    "forged_endorser_without_authentication.eml",
    "forged_endorser_with_results_from_an_untrusted_server.eml",
    "forged_endorser_with_a_pass_for_another_domain.eml",
    "forged_endorser_with_a_pass_below_our_own_header.eml",
    # An MTA that adds its header below the sender's and does not remove theirs (RFC 8601 section 5): two headers
    # bear our id, and the top-most is the forgery. Neither is read.
    "forged_endorser_with_a_pass_above_our_own_header.eml",
    "forged_endorser_with_a_pass_in_a_comment.eml",
    # Red-team variant (issue 10 item 5): a comment before our authserv-id. An MTA that strips its own headers by
    # their literal start ("Authentication-Results: mx.bot.test", a header_checks regex) lets it through, and the
    # bot, reading past comments, took it for our MTA's verdict.
    "forged_endorser_with_a_comment_before_our_authserv_id.eml",
    # Red-team variant (issue 10 items 4-5): the member's DKIM signature covers only the first 38 bytes of the body
    # (l=38); our MTA checks it as valid and writes dkim=pass, dmarc=pass, but the request was appended below.
    "forged_endorser_appends_to_a_partly_signed_message.eml",
])
async def test_a_forged_from_never_mails_the_candidate_but_asks_the_member_to_confirm(
        world: World, attack: str) -> None:
    await add_member(world)
    row = await world.deliver(fixture(attack), None)
    assert row.reason is None and row.kind == "request"
    [request] = await requests(world)
    assert request.status == "requested"
    assert not await candidate_mailed(world)
    mail = await confirmation_mail(world)
    assert str(mail["Reply-To"]).startswith("bot+cfm-")
    assert CANDIDATE in mail.get_payload()


async def test_a_sender_our_mta_says_fails_dmarc_is_refused_and_nobody_is_mailed(world: World) -> None:
    await add_member(world)
    row = await world.deliver(fixture("forged_endorser_fails_dmarc.eml"), None)
    assert row.reason == Reason.SENDER_NOT_AUTHENTICATED
    assert await requests(world) == []
    await world.app.outbox.flush()
    assert world.front.outside == {}


async def test_by_default_an_unauthenticated_request_is_refused_and_nobody_is_mailed(
        tmp_path: Path) -> None:
    from tests.workflow.world import running_world

    async with running_world(tmp_path, security={}) as world:
        await add_member(world)
        row = await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
        assert row.reason == Reason.SENDER_NOT_AUTHENTICATED
        await world.app.outbox.flush()
        assert world.front.outside == {}


# ---- the confirmation round-trip -------------------------------------------------------------------

async def test_the_member_answering_the_confirmation_starts_the_request(world: World) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    row = await confirm(world, await confirmation_mail(world))
    assert row.reason is None and row.kind == "request_confirmation"
    assert await candidate_mailed(world)
    [request] = await requests(world)
    assert request.status == "sent"


async def test_a_stranger_answering_a_leaked_confirmation_address_starts_nothing(world: World) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    row = await confirm(world, await confirmation_mail(world), "stranger_answers_a_confirmation_address.eml")
    assert row.reason == Reason.CONFIRMATION_INVALID
    assert not await candidate_mailed(world)


async def test_a_guessed_confirmation_address_starts_nothing(world: World) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    [request] = await requests(world)
    guess = f"bot+cfm-{request.id}-{'a' * 26}@bot.test"
    row = await world.deliver(fixture("endorser_confirms_the_request.eml"), None, confirm_to=guess,
                              confirm_mid=f"<cfm-{request.id}-{'b' * 26}@bot.test>")
    assert row.reason == Reason.CONFIRMATION_INVALID
    assert not await candidate_mailed(world)


async def test_a_replayed_confirmation_mails_the_candidate_once(world: World) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    mail = await confirmation_mail(world)
    await confirm(world, mail)
    again = await confirm(world, mail)
    assert again.reason == Reason.CONFIRMATION_USED
    await world.app.outbox.flush()
    assert len(world.front.outside[CANDIDATE]) == 1


async def test_a_confirmation_after_it_lapsed_withdraws_the_request(world: World) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    mail = await confirmation_mail(world)
    world.advance(hours=world.app.settings.security.confirmation_valid_hours + 1)
    row = await confirm(world, mail)
    assert row.reason == Reason.CONFIRMATION_EXPIRED
    assert [r.status for r in await requests(world)] == ["withdrawn"]
    assert not await candidate_mailed(world)


async def test_repeated_forgeries_send_the_member_one_confirmation_at_a_time(world: World) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    second = await world.deliver(fixture("forged_endorser_with_a_pass_in_a_comment.eml"), None)
    assert second.reason == Reason.CONFIRMATION_PENDING
    await world.app.outbox.flush()
    assert len(world.front.outside[ENDORSER]) == 1


# ---- authenticated mail goes straight through -------------------------------------------------------

async def test_an_aligned_dmarc_pass_from_our_mta_starts_the_request_at_once(world: World) -> None:
    await add_member(world)
    row = await world.deliver("endorser_asks_by_email.eml")
    assert row.reason is None
    assert await candidate_mailed(world)
    assert ENDORSER not in world.front.outside or all(b"cfm-" not in m for m in world.front.outside[ENDORSER])


async def test_a_dkim_signature_we_verify_for_the_from_domain_starts_the_request(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer) -> None:
    await add_member(world)
    raw = await signed(world, dkim_key, dns_server, "members.example")
    row = await world.deliver("", raw=raw)
    assert row.reason is None
    assert "sel1._domainkey.members.example" in dns_server.queries  # looked up through the resolver
    assert await candidate_mailed(world)


async def test_a_valid_dkim_signature_of_the_attackers_own_domain_is_not_enough(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer) -> None:
    await add_member(world)
    raw = await signed(world, dkim_key, dns_server, "attacker.example")
    await world.deliver("", raw=raw)
    assert not await candidate_mailed(world)
    assert (await confirmation_mail(world))["Reply-To"]


async def test_a_dkim_signed_mail_altered_after_signing_is_not_authenticated(
        world: World, dkim_key: tuple[bytes, str], dns_server: DnsServer) -> None:
    await add_member(world)
    raw = await signed(world, dkim_key, dns_server, "members.example")
    tampered = raw.replace(b"carol@cand.example", b"mallory@cand.example")
    await world.deliver("", raw=tampered)
    await world.app.outbox.flush()
    assert "mallory@cand.example" not in world.front.outside


async def test_a_request_nobody_confirms_is_withdrawn_by_the_sweep(world: World) -> None:
    await add_member(world)
    await world.deliver(fixture("forged_endorser_without_authentication.eml"), None)
    assert await withdraw_lapsed(world.app.workflow) == 0  # still within its time
    world.advance(hours=world.app.settings.security.confirmation_valid_hours + 1)
    assert await withdraw_lapsed(world.app.workflow) == 1
    assert await withdraw_lapsed(world.app.workflow) == 0  # idempotent
    assert [r.status for r in await requests(world)] == ["withdrawn"]
    assert not await candidate_mailed(world)


async def test_the_sweep_leaves_confirmed_and_authenticated_requests_alone(world: World) -> None:
    await add_member(world)
    await world.deliver("endorser_asks_by_email.eml")
    world.advance(hours=world.app.settings.security.confirmation_valid_hours + 1)
    assert await withdraw_lapsed(world.app.workflow) == 0
