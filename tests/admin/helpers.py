"""The admin test world: the workflow World with two admins, a bot secret and a signing-key folder."""

from __future__ import annotations

import itertools
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from string import Template
from typing import Any

from sqlalchemy import select

from bot.admin.signing import AddressCheck, admin_reply_address, check_admin_address, parse_admin_address
from bot.credentials import generate_keypair
from bot.db.models import Alert, EndorsementRequest, InboundMessage, OutboundMessage
from bot.settings import Secret
from tests.workflow.world import BOT, World, make_world

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "admin"
ADMIN, OTHER_ADMIN = "ada@admin.test", "bob@admin.test"
SECRET = Secret("test-bot-secret-not-for-production")
_NONCES = itertools.count(1)


async def admin_world(tmp_path: Path, *, with_key: bool = True, **tables: dict[str, Any]) -> World:
    key_dir = tmp_path / "keys"
    if with_key:
        generate_keypair(key_dir)
    world, _front = await make_world(
        tmp_path,
        bot={"secret": SECRET},
        admins={"addresses": (ADMIN, OTHER_ADMIN), **tables.pop("admins", {})},
        credentials={"key_dir": str(key_dir)},
        **tables,
    )
    return world


def signed_address(world: World, admin: str = ADMIN, request_id: int = 0, valid_hours: float = 168.0) -> str:
    """An address as a digest (request_id 0) or an alert about ``request_id`` would carry it, minted now."""
    return admin_reply_address(BOT, admin, SECRET, request_id=request_id,
                               expires_at=world.clock.now() + timedelta(hours=valid_hours))


def signed_for(world: World, address: str, admin: str, request_id: int = 0) -> bool:
    """Is ``address`` a valid signed command address for ``admin``, bound to ``request_id`` (0 = any)?"""
    found = parse_admin_address(address, BOT)
    return (found is not None and found.request_id == request_id
            and check_admin_address(found, admin, (SECRET,), world.clock.now()) is AddressCheck.VALID)


async def needs_review(world: World, candidate: str = "gina@cand.example") -> EndorsementRequest:
    """A request whose reply tries to steer the grader: the rules send it to a person."""
    request = await world.request(candidate)
    await world.deliver(str(FIXTURES / "reply_that_needs_review.eml"), request)
    request = await world.get(request.id)
    assert request.status == "needs_review", request.status
    return request


async def admin_mail(world: World, fixture: str, request: EndorsementRequest | None = None,
                     **values: str) -> InboundMessage:
    """Deliver one of tests/fixtures/admin/*.eml as the IMAP watcher would."""
    fields = {"admin": ADMIN, "other_admin": OTHER_ADMIN, "admin_reply_to": signed_address(world), "bot": BOT,
              "request_id": str(request.id) if request else "0", "nonce": str(next(_NONCES))} | values
    text = Template((FIXTURES / fixture).read_text()).substitute(fields)
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode()
    return await world.deliver(fixture, raw=raw)


async def alerts(world: World) -> list[Alert]:
    async with world.app.db.session() as session:
        return list(await session.scalars(select(Alert).order_by(Alert.id)))  # type: ignore[arg-type]


def parse(row: OutboundMessage) -> EmailMessage:
    message = message_from_bytes(row.data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body(row: OutboundMessage) -> str:
    part = parse(row).get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())
