"""Inbound budgets that rotating sender addresses cannot escape (issue 10).

The per-sender allowance (``max_inbound_per_sender_per_hour``) counts by From, which costs an attacker
nothing to change. Three more limits count what a rotation cannot change:

- per request: every message tied to one request by its token address or thread, whoever sends it,
  at most ``max_inbound_per_request`` over the request's life (a leaked token flooded from many
  addresses, or a candidate sending reply after reply, each re-judging the whole answer);
- per organizational domain: ``max_inbound_per_domain_per_hour`` from one registrable domain with all
  its subdomains (a1.evil.example, a2.evil.example... are evil.example);
- for the whole bot: ``max_inbound_per_hour`` messages handled in an hour.

Mail that carries a request's token is counted per request only, and mail from an admin address is
exempt from the domain and global budgets, so a flood from strangers never locks a candidate out of
answering or an admin out of acting. A message over a budget is kept (its row, with the named reason,
sender, subject and size, and it stays in the bot's mailbox, which the bot never empties) and counted,
but not its raw bytes or text, and no later stage runs for it: a flood fills neither the disk nor the
LLM budget nor the admins' inbox. The digest shows each flood as one line with its count.

The hourly budgets count in the shared per-day counters (bot/db/counters.py), one bucket per clock hour,
read as a sliding hour (this bucket plus the part of the previous one still inside the hour), so the
cost per message is a few indexed reads however large the inbound table grows, and every instance
sharing the database counts together. Only messages let through are counted: a refused one does not
keep the budget shut, so the bot goes on handling up to the budget per hour during a flood. They are
counted just after the message is committed, in a transaction of their own, so the counter row all
messages touch is never locked while a reply is judged (two instances on PostgreSQL would otherwise take
turns); messages handled at the same moment may pass a budget by the few in flight.

A bucket is read for two hours at most, so the hourly sweep deletes those of earlier days (``prune``): a
flood from a new domain with every message would otherwise leave a row per domain behind for ever.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.db import counters
from bot.db.models import Counter, InboundMessage

GLOBAL = "inbound"
# One alert per hour when the global budget is reached.
BUDGET_ALERTS = "inbound_budget_alerts"
# Messages that overran their parse (bot/inbound/processor.py): they have no sender to be counted by.
PARSE_TIMEOUTS = "parse_timeouts"
_HOUR = timedelta(hours=1)


def _bucket(name: str, hour: datetime) -> str:
    return f"{name}@{hour:%H}"


def _hour_of(now: datetime) -> datetime:
    return now.replace(minute=0, second=0, microsecond=0)


async def in_last_hour(session: AsyncSession, name: str, now: datetime) -> float:
    """Messages counted under ``name`` in the sliding hour before ``now``."""
    hour = _hour_of(now)
    current = await counters.read(session, _bucket(name, hour), hour)
    previous = await counters.read(session, _bucket(name, hour - _HOUR), hour - _HOUR)
    still_inside = 1.0 - (now - hour) / _HOUR
    return current + previous * still_inside


async def count(session: AsyncSession, name: str, now: datetime) -> None:
    hour = _hour_of(now)
    await counters.bump(session, _bucket(name, hour), hour)


_DOMAIN_PREFIX = "inbound_domain:"


def domain_budget(org_domain: str) -> str:
    return f"{_DOMAIN_PREFIX}{org_domain}"


# Keep one whole day before the day the sliding hour may reach back into (a clock hour before
# midnight), so no bucket in use is ever deleted.
_KEEP_DAYS = 1


async def prune(session: AsyncSession, now: datetime) -> int:
    """Delete the hourly budget buckets no sliding hour can read any more (days before yesterday);
    how many rows went. Idempotent: the hourly sweep runs it."""
    oldest_read = counters.day_of(_hour_of(now) - _HOUR - timedelta(days=_KEEP_DAYS))
    hourly = [col(Counter.name).startswith(f"{name}@", autoescape=True)
              for name in (GLOBAL, BUDGET_ALERTS, PARSE_TIMEOUTS)]
    result = await session.execute(
        delete(Counter).where(col(Counter.day) < oldest_read)
        .where(or_(col(Counter.name).startswith(_DOMAIN_PREFIX, autoescape=True), *hourly)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def for_request(session: AsyncSession, request_id: int, row_id: int | None) -> int:
    """Messages already tied to a request (an indexed count)."""
    found = await session.scalar(
        select(func.count()).select_from(InboundMessage)
        .where(col(InboundMessage.request_id) == request_id).where(col(InboundMessage.id) != row_id))
    return int(found or 0)
