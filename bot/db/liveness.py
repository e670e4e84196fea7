"""Which endorsebot instances are alive, so a dead one's claimed outbox rows are taken over at once.

PostgreSQL: each instance holds a session advisory lock keyed on its id for as long as it runs; the
server drops the lock with the connection, so an instance killed by SIGKILL or a lost host frees it
at once, and a lock we can take belongs to a dead instance. No clock is involved.
SQLite: one instance per database file, so every instance but this one is a dead one.
"""

from __future__ import annotations

import asyncio
import hashlib

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.engine import Database


def _key(instance: str) -> int:
    digest = hashlib.sha256(f"endorsebot-instance:{instance}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class Liveness:
    def __init__(self, db: Database, instance: str) -> None:
        self.db = db
        self.instance = instance
        self._held: AsyncConnection | None = None
        self._holding = asyncio.Lock()  # two flushes at once must not both take it: the second would wait forever

    async def hold(self) -> None:
        """Announce this instance as alive (idempotent)."""
        if self.db.is_sqlite or self._held is not None:
            return
        async with self._holding:
            if self._held is not None:
                return
            conn = await self.db.engine.connect()
            await conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _key(self.instance)})
            await conn.commit()  # a session lock outlives the transaction; only the connection ends it
            self._held = conn

    async def dead(self, instances: set[str]) -> set[str]:
        """The instances among ``instances`` that are not running."""
        others = instances - {self.instance}
        if self.db.is_sqlite or not others:
            return others
        dead: set[str] = set()
        async with self.db.engine.connect() as conn:
            for instance in others:
                if await conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": _key(instance)}):
                    await conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _key(instance)})
                    dead.add(instance)
            await conn.commit()
        return dead

    async def release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            await held.close()
