"""Rendering and sending the digest: previews, the `--send` command and the daily schedule.

The daily one is sent at most once per local day: the audit row it leaves names the day, so a
scheduler that fires twice, or a daemon started late, sends it once (DESIGN.md: idempotent sweeps).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.admin.chart import SERIES, describe, outcomes_svg
from bot.admin.digest import SNAPSHOT_ACTION, Digest, changes_text, gather_digest, snapshot, summary_line
from bot.admin.mailer import admin_addresses, queue_admin_mail, reply_address_for
from bot.admin.marking import Segment
from bot.clock import Clock
from bot.db.engine import Database
from bot.db.models import AuditEntry
from bot.outbound.compose import Composer, Rendered
from bot.settings import Settings


def digest_context(digest: Digest) -> dict[str, Any]:
    return {
        "d": digest,
        "summary": summary_line(digest),
        "changes": changes_text(digest.counts),
        "chart": outcomes_svg(digest.days),
        "chart_text": describe(digest.days),
        "series": SERIES,
        "starred": starred,
    }


def starred(segments: Sequence[Segment]) -> str:
    """Plain text has no highlighting: evidence is shown between double stars."""
    return "".join(f"**{s.text}**" if s.marked else s.text for s in segments)


def render_digest(composer: Composer, settings: Settings, digest: Digest, admin: str = "") -> Rendered:
    """The digest as one admin would get it (their signed reply address in the action links)."""
    admin = admin or next(iter(admin_addresses(settings)), "")
    reply_to = reply_address_for(settings, admin, now=digest.now) if admin else None
    return composer.render("digest", {**digest_context(digest), "admin": admin, "reply_to": reply_to})


async def queue_digest(session: AsyncSession, composer: Composer, settings: Settings, now: datetime, *,
                       key: str, scheduled: bool = False) -> int:
    """Queue one digest per admin under ``key`` and record its counts; returns how many were queued."""
    digest = await gather_digest(session, settings, now)
    if scheduled and digest.empty:
        return 0
    queued = 0
    for admin in admin_addresses(settings):
        row = await queue_admin_mail(session, composer=composer, settings=settings, kind="digest",
                                     context=digest_context(digest), admin=admin, now=now,
                                     dedupe_key=f"{key}:{admin}")
        queued += row is not None
    if queued:
        day = _local_day(now, settings) if scheduled else None
        session.add(snapshot(digest, scheduled_day=day, recipients=queued))
    return queued


async def digest_if_due(db: Database, composer: Composer, settings: Settings, clock: Clock) -> int:
    """Send today's digest if its hour has come in [digest] timezone and it has not gone out yet."""
    now = clock.now()
    local = now.astimezone(ZoneInfo(settings.digest.timezone))
    if local.hour < settings.digest.hour or not admin_addresses(settings):
        return 0
    day = local.date().isoformat()
    async with db.session() as session:
        if await _sent_on(session, day):
            return 0
        queued = await queue_digest(session, composer, settings, now, key=f"digest:{day}", scheduled=True)
        await session.commit()
    return queued


async def _sent_on(session: AsyncSession, day: str) -> bool:
    rows = await session.scalars(
        select(AuditEntry).where(col(AuditEntry.action) == SNAPSHOT_ACTION)
        .order_by(col(AuditEntry.at).desc()).limit(5))
    return any(row.detail.get("day") == day for row in rows)


def _local_day(now: datetime, settings: Settings) -> Any:
    return now.astimezone(ZoneInfo(settings.digest.timezone)).date()
