"""Attack (issue 10 items 4-5, red-team variants): a DKIM signature that verifies yet proves nothing. dkimpy checks
it as valid, and the bot took it as the member's proof and mailed the candidate:

- ``a=rsa-sha1``: RFC 8301 section 3.1 says verifiers MUST NOT consider such signatures valid. SHA-1 collisions are
  practical (a chosen-prefix collision costs little): a text the member signed can be swapped for another with the
  same hash;
- a key published with ``t=y``: the domain is testing DKIM, and RFC 6376 section 3.6.1 says verifiers MUST NOT
  treat its messages differently from unsigned mail (its signatures may come from a test setup anyone reaches).

Both now count as unsigned: the request waits for the member's confirmation (the round-trip the world of these
tests opts into) and the candidate is not mailed. A signature made with rsa-sha256 by a key not in testing mode
still starts the request (tests/inbound/test_forged_endorser_requests.py).
"""

from __future__ import annotations

import base64
from pathlib import Path

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import select

from bot.db.models import EndorsementRequest, Member
from tests.inbound.dns_server import DnsServer
from tests.workflow.world import ENDORSER, World

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"
CANDIDATE = "carol@cand.example"


@pytest.fixture
def rsa_key() -> tuple[bytes, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"


async def _member_signs(world: World, dns: DnsServer, key: tuple[bytes, str], fixture: str, *,
                        algorithm: bytes = b"rsa-sha256", record_tags: str = "") -> bytes:
    async with world.app.db.session() as session:
        session.add(Member(email=ENDORSER, name="Alice Member", created_at=world.clock.now()))
        await session.commit()
    pem, txt = key
    dns.records["sel1._domainkey.members.example"] = txt + record_tags
    raw = await world.render(str(SECURITY / fixture), None)
    signature = dkim.sign(raw, b"sel1", b"members.example", pem, include_headers=[b"from", b"to", b"subject"],
                          signature_algorithm=algorithm)
    return bytes(signature) + raw


async def _outcome(world: World) -> tuple[list[str], bool]:
    await world.app.outbox.flush()
    async with world.app.db.session() as session:
        statuses = [r.status for r in await session.scalars(select(EndorsementRequest))]
    return statuses, CANDIDATE in world.front.outside


async def test_a_signature_made_with_rsa_sha1_is_no_proof_of_the_sender(
        world: World, dns_server: DnsServer, rsa_key: tuple[bytes, str]) -> None:
    raw = await _member_signs(world, dns_server, rsa_key, "endorser_signs_with_rsa_sha1.eml", algorithm=b"rsa-sha1")
    assert b"a=rsa-sha1" in raw

    row = await world.deliver("", raw=raw)

    assert row.reason is None and row.kind == "request"
    assert await _outcome(world) == (["requested"], False)  # held for the member's confirmation
    assert world.front.outside[ENDORSER]  # the member is asked to confirm instead


async def test_a_signature_by_a_key_in_testing_mode_is_no_proof_of_the_sender(
        world: World, dns_server: DnsServer, rsa_key: tuple[bytes, str]) -> None:
    raw = await _member_signs(world, dns_server, rsa_key, "endorser_signs_with_a_key_in_testing_mode.eml",
                              record_tags="; t=y")

    row = await world.deliver("", raw=raw)

    assert row.reason is None and row.kind == "request"
    assert await _outcome(world) == (["requested"], False)
    assert world.front.outside[ENDORSER]  # the member is asked to confirm instead


async def test_the_same_mail_signed_with_rsa_sha256_by_a_key_in_use_starts_the_request(
        world: World, dns_server: DnsServer, rsa_key: tuple[bytes, str]) -> None:
    raw = await _member_signs(world, dns_server, rsa_key, "endorser_signs_with_rsa_sha1.eml", record_tags="; t=s")

    row = await world.deliver("", raw=raw)

    assert row.reason is None
    assert (await _outcome(world))[1]  # the candidate is mailed
