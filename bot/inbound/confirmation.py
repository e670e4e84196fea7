"""The confirmation round-trip for a request by email whose sender nothing authenticated.

Anyone can write ``From: alice@members.example``; only Alice reads Alice's mailbox. So the bot mails the
registered member address a one-time reply address, ``<bot-local>+cfm-<request id>-<mac>@<domain>``, and
the candidate is mailed only when an answer reaches that address. The mac is an HMAC keyed by the
request's own token (100 random bits nobody outside the database has seen yet: the candidate mail that
carries it is not sent) and the bot secret when one is set, over the request id and the endorser.
It is one-time because the request leaves its unconfirmed state the moment it is used.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import col, select

from bot.db.models import EndorsementRequest, OutboundMessage
from bot.outbound import addresses
from bot.settings import Secret

if TYPE_CHECKING:
    from bot.workflow.service import Workflow

WORDS_FILE = Path(__file__).with_name("confirmation_words.toml")
# How much of an answer is read for its words: a confirmation is one line.
_READ_CHARS = 2000
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data["yes"]), frozenset(w.lower() for w in data["no"])


def says_yes(text: str) -> bool:
    """Whether an answer to a confirmation address says yes: its first word is a yes, and no word of it is a no
    (confirmation_words.toml). "Any text will do" made "No, that was not me!", the natural answer of a member whose
    address was forged (or of an admin whose commands were), a confirmation that mailed the candidate or applied the
    forged commands (issue 10 item 4, red-team variant)."""
    yes, no = _words()
    # The answer's first paragraph: a signature or an address below it ("No. 5 Main Street") says nothing of it.
    first = re.split(r"\n[ \t]*\n", text.strip()[:_READ_CHARS], maxsplit=1)[0]
    words = _WORD.findall(first.casefold())
    if not words or words[0] not in yes:
        return False
    return not any(w in no or w.endswith(("n't", "n\u2019t")) for w in words)


PREFIX = "cfm-"
_MAC_CHARS = 26  # 130 bits of base32; survives mail systems that lower-case addresses


@dataclass(frozen=True, slots=True)
class ConfirmationAddress:
    request_id: int
    mac: str


def _mac(request: EndorsementRequest, secret: Secret) -> str:
    key = request.token.encode() + b"\0" + secret.value.encode()
    message = f"endorsebot-confirm\0{request.id}\0{addresses.normalize(request.endorser_email)}".encode()
    return base64.b32encode(hmac.new(key, message, hashlib.sha256).digest()).decode("ascii").lower()[:_MAC_CHARS]


def confirmation_address(bot_address: str, request: EndorsementRequest, secret: Secret) -> str:
    local, domain = addresses.split(bot_address)
    return f"{local}+{PREFIX}{request.id}-{_mac(request, secret)}@{domain}"


def confirmation_message_id(bot_address: str, request: EndorsementRequest, secret: Secret) -> str:
    """The confirmation mail's Message-ID carries the same mac, so a reply still matches through
    In-Reply-To where a provider drops the plus part of the address."""
    return f"<{PREFIX}{request.id}-{_mac(request, secret)}@{addresses.split(bot_address)[1]}>"


def _parse(tag: str) -> ConfirmationAddress | None:
    if not tag.startswith(PREFIX):
        return None
    number, _, mac = tag.removeprefix(PREFIX).partition("-")
    if not number.isdigit() or len(number) > 12 or not mac:
        return None
    return ConfirmationAddress(int(number), mac.lower())


def find_confirmation(recipients: Sequence[str], in_reply_to: str | None,
                      bot_address: str) -> ConfirmationAddress | None:
    """The confirmation address this message answers, by its recipients or its In-Reply-To."""
    bot_local, bot_domain = addresses.split(bot_address)
    for recipient in recipients:
        local, domain = addresses.split(recipient)
        base, plus, tag = local.partition("+")
        if plus and domain == bot_domain and base == bot_local and (found := _parse(tag)):
            return found
    mid = (in_reply_to or "").strip().strip("<>").lower()
    left, _, domain = mid.rpartition("@")
    return _parse(left) if domain == bot_domain else None


def is_valid(found: ConfirmationAddress, request: EndorsementRequest, secret: Secret) -> bool:
    return found.request_id == request.id and hmac.compare_digest(_mac(request, secret), found.mac)


async def withdraw_lapsed(workflow: Workflow) -> int:
    """Withdraw every request still held for a confirmation that lapsed, so none stays "requested" for ever.
    Idempotent: the daemon's periodic sweep calls it; a request answered in time is no longer held."""
    cutoff = workflow.clock.now() - timedelta(hours=workflow.settings.security.confirmation_valid_hours)
    withdrawn = 0
    async with workflow.db.session() as session:
        held = await session.scalars(
            select(EndorsementRequest).where(col(EndorsementRequest.status) == "requested")
            .where(col(EndorsementRequest.origin) == "email")
            .where(col(EndorsementRequest.created_at) < cutoff)
            .where(~select(OutboundMessage.id).where(col(OutboundMessage.request_id) == EndorsementRequest.id)
                   .where(col(OutboundMessage.kind) == "request").exists()))
        for request in list(held):
            await workflow.withdraw(session, request, actor="sweep:confirmation", why="never confirmed")
            withdrawn += 1
        await session.commit()
    return withdrawn
