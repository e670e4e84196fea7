"""`endorsebot export-person EMAIL`: everything held about one person, as JSON (a subject access request)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col, or_, select

from bot.admin.mentions import decoded_text, mentions
from bot.console.views import iso
from bot.db.models import (
    Alert,
    AuditEntry,
    EndorsementRequest,
    Evaluation,
    InboundMessage,
    Member,
    OutboundMessage,
)
from bot.outbound import addresses


async def person_export(session: AsyncSession, email: str, *, generated_at: str, bot_address: str) -> dict[str, Any]:
    """Everything held about ``email``, with every capability the bot handed out redacted (see redact)."""
    data = await _export(session, email, generated_at=generated_at)
    capabilities = Capabilities.of(bot_address, await _tokens(session, data))
    for row in [*(m for r in data["requests"] for m in r["inbound_messages"]), *data["other_inbound_messages"]]:
        decoded_if_encoded(row, capabilities)
    return redact(data, capabilities)


def decoded_if_encoded(row: dict[str, Any], capabilities: Capabilities) -> None:
    """A stored message whose encoded parts (base64, quoted-printable, RFC 2047 words) carry a capability is
    shown decoded, so that redact() can see and remove it: the raw bytes would hand it out intact."""
    raw = row.get("raw")
    if not raw:
        return
    # What redact() would leave, decoded: a capability still there was hidden by an encoding.
    left = decoded_text(capabilities.scrub(raw).encode("utf-8", "replace"))
    if left and capabilities.scrub(left) != left:
        row["raw"] = decoded_text(raw.encode("utf-8", "replace"))
        row["raw_shown"] = "decoded: its encoded parts carried a reply address or token"


async def _tokens(session: AsyncSession, data: dict[str, Any]) -> tuple[str, ...]:
    """The reply tokens of every request the export shows (theirs, or one that mentions them)."""
    ids = {r["id"] for r in data["requests"]} | {
        row.get("request_id") for key in ("other_inbound_messages", "other_outbound_messages", "alerts", "audit")
        for row in data[key]}
    ids.discard(None)
    if not ids:
        return ()
    query = select(col(EndorsementRequest.token)).where(col(EndorsementRequest.id).in_(ids))
    return tuple(await session.scalars(query))


class Capabilities:
    """What in an export would let its reader act as someone else: reply tokens (a candidate's reply address
    and our Message-IDs carry them), signed admin and confirmation addresses. A subject access request must
    not hand these out: an endorser's export would otherwise hold the candidate's reply address."""

    def __init__(self, plus: re.Pattern[str], tokens: re.Pattern[str] | None) -> None:
        self.plus, self.tokens = plus, tokens

    @classmethod
    def of(cls, bot_address: str, tokens: tuple[str, ...]) -> Capabilities:
        local, domain = addresses.split(bot_address)
        # Every plus-address of the bot: bot+TOKEN, bot+adm-..., bot+cfm-..., bot+acf-..., also as a link or a
        # page spells it: "+" and "@" percent-encoded ("mailto:bot%2Badm-...", the digest's buttons) or written as
        # HTML character references (issue 10 item 8, red-team variant).
        plus = re.compile(rf"({re.escape(local)}{_PLUS})[A-Za-z0-9_.=-]+({_AT}{re.escape(domain)})", re.I)
        known = re.compile("|".join(map(re.escape, tokens)), re.I) if tokens else None
        return cls(plus, known)

    def scrub(self, text: str) -> str:
        text = self.plus.sub(r"\1[redacted]\2", text)
        # A signed or confirmation tag standing anywhere else (a confirmation's Message-ID, an address spelt some
        # other way): the tag is the capability, whatever surrounds it.
        text = _SIGNED_TAG.sub("[redacted]", text)
        return self.tokens.sub("[redacted]", text) if self.tokens else text


# "+" and "@" as written in a mail address, a URL (percent-encoded) or HTML (character references).
_PLUS = r"(?:\+|%2b|&#0*43;|&#x0*2b;|&plus;)"
_AT = r"(?:@|%40|&#0*64;|&#x0*40;|&commat;)"
# The tags of signed admin addresses (adm-KID-REQUEST-HOUR-MAC), admin confirmations (acf-ID-MAC) and member
# confirmations (cfm-ID-MAC): a MAC of 16 characters or more after their numbers.
_SIGNED_TAG = re.compile(r"(?<![A-Za-z0-9])(?:adm-[a-z0-9]{1,16}-\d{1,12}-\d{1,12}|acf-\d{1,12}|cfm-\d{1,12})"
                         r"-[a-z0-9]{16,64}(?![A-Za-z0-9])", re.I)


def redact(value: Any, capabilities: Capabilities) -> Any:
    if isinstance(value, str):
        return capabilities.scrub(value)
    if isinstance(value, dict):
        return {k: redact(v, capabilities) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v, capabilities) for v in value]
    return value


async def _export(session: AsyncSession, email: str, *, generated_at: str) -> dict[str, Any]:
    address = addresses.normalize(email)
    requests = list(await session.scalars(select(EndorsementRequest).where(
        or_(col(EndorsementRequest.endorser_email) == address, col(EndorsementRequest.candidate_email) == address))
        .order_by(col(EndorsementRequest.id))))
    ids = [r.id for r in requests]
    return {
        "email": address,
        "generated_at": generated_at,
        "member": [_row(m) for m in await session.scalars(select(Member).where(col(Member.email) == address))],
        "requests": [await _request(session, r, address) for r in requests],
        "other_inbound_messages": [_inbound(m) for m in await _mentioning(session, InboundMessage, address, ids)],
        "other_outbound_messages": [_outbound(m) for m in await _mentioning(session, OutboundMessage, address, ids)],
        "alerts": [_row(a) for a in await _mentioning(session, Alert, address, ids)],
        "audit": [_row(a) for a in await _mentioning(session, AuditEntry, address, ids)],
    }


async def _request(session: AsyncSession, request: EndorsementRequest, address: str) -> dict[str, Any]:
    def related(model: Any) -> Any:
        return select(model).where(model.request_id == request.id).order_by(model.id)

    data = _row(request, skip={"token"})
    data["role"] = [role for role, who in (("endorser", request.endorser_email),
                                           ("candidate", request.candidate_email)) if who == address]
    data["evaluations"] = [_row(e) for e in await session.scalars(related(Evaluation))]
    data["inbound_messages"] = [_inbound(m) for m in await session.scalars(related(InboundMessage))]
    data["outbound_messages"] = [_outbound(m) for m in await session.scalars(related(OutboundMessage))]
    data["audit"] = [_row(a) for a in await session.scalars(related(AuditEntry))]
    return data


async def _mentioning(session: AsyncSession, model: Any, address: str, request_ids: list[int | None]) -> list[Any]:
    """Rows not tied to the person's requests that still mention them (a refused email, an alert...)."""
    rows = await session.scalars(select(model).order_by(model.id))
    return [row for row in rows
            if getattr(row, "request_id", None) not in request_ids
            if any(mentions(value, address) for value in _row(row, raw=True).values())]


def _inbound(row: InboundMessage) -> dict[str, Any]:
    data = _row(row, skip={"raw"})
    data["raw"] = row.raw.decode("utf-8", "replace") if row.raw else None
    return data


def _outbound(row: OutboundMessage) -> dict[str, Any]:
    data = _row(row, skip={"data", "claimed_by", "claimed_until"})
    data["body"] = decoded_text(row.data) if row.data else None
    return data


def _row(row: SQLModel, *, skip: frozenset[str] | set[str] = frozenset(), raw: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in type(row).model_fields:
        if name in skip:
            continue
        value = getattr(row, name)
        if not raw and hasattr(value, "isoformat"):
            value = iso(value)
        elif not raw and isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        out[name] = value
    return out
