"""SQLite calls that cannot wait run on the event loop.

aiosqlite runs every call on its connection's own thread, and SQLAlchemy makes four calls per statement (open
a cursor, execute, fetch, close): each a hand-off to that thread and back, a wake-up that the scheduler may
delay by milliseconds on a busy machine, and a reply takes some thirty statements (bench/lmtp_latency.py:
107 hand-offs per reply before, 1 after). Only a call that may wait for another connection's lock, or for
the disk, needs the thread. In WAL mode (bot/db/engine.py sets it; checked per connection, so a database
that cannot use WAL keeps every call on the thread):
- a SELECT never waits for a writer, and fetching its rows reads the same snapshot;
- once this connection's transaction has written, it holds the write lock, so its further INSERT, UPDATE
  and DELETE statements wait for nobody either (they append to the WAL file, which is not synced before
  COMMIT at synchronous=NORMAL);
- opening or closing a cursor, and ROLLBACK (which only lets go), never wait.
The first write of a transaction (it may wait busy_timeout for another process's write lock), COMMIT (it
may checkpoint and sync), PRAGMA, WITH, connecting and closing still go to the thread, so waiting for a lock
never stops the loop (tests/db/test_sqlite_reads.py).
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

import aiosqlite

_FETCHES = frozenset({"fetchone", "fetchmany", "fetchall"})
_WRITES = ("INSERT", "UPDATE", "DELETE")


class ReadsOnLoop(aiosqlite.Connection):
    """An aiosqlite connection whose calls that cannot wait run on the calling (event loop) thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], iter_chunk_size: int) -> None:
        super().__init__(connector, iter_chunk_size)
        # Set by connect() once the connection is in WAL mode and may be used from another thread than its own.
        self.wal = False
        # Cursors whose current statement ran inline: their rows are fetched inline too.
        self._inline_cursors: weakref.WeakSet[sqlite3.Cursor] = weakref.WeakSet()
        self._holds_write_lock = False  # this transaction has written (cleared with COMMIT or ROLLBACK)

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        owner, name = getattr(fn, "__self__", None), getattr(fn, "__name__", "")
        if isinstance(owner, sqlite3.Connection) and name in ("commit", "rollback"):
            self._holds_write_lock = False
        if self._inline(owner, name, args):
            if not self._running or not self._connection:
                raise ValueError("Connection closed")
            return fn(*args, **kwargs)
        result = await super()._execute(fn, *args, **kwargs)
        if isinstance(owner, sqlite3.Cursor) and name in ("execute", "executemany") and _verb(args) in _WRITES:
            self._holds_write_lock = self._conn.in_transaction
        return result

    def _inline(self, owner: object, name: str, args: tuple[Any, ...]) -> bool:
        if not self.wal:
            return False
        if isinstance(owner, sqlite3.Connection):
            return name in ("cursor", "rollback")  # a new cursor object; letting go of a transaction
        if not isinstance(owner, sqlite3.Cursor):
            return False
        if name == "close":
            self._inline_cursors.discard(owner)
            return True
        if name in _FETCHES:
            return owner in self._inline_cursors
        if name not in ("execute", "executemany"):
            return False
        verb = _verb(args)
        inline = verb == "SELECT" or (verb in _WRITES and self._holds_write_lock and self._conn.in_transaction)
        if inline:
            self._inline_cursors.add(owner)
        else:
            self._inline_cursors.discard(owner)
        return inline


def _verb(args: tuple[Any, ...]) -> str:
    """The statement's first word, upper case ("" when there is no SQL text)."""
    if not args or not isinstance(args[0], str):
        return ""
    words = args[0].lstrip().split(None, 1)
    return words[0].upper() if words else ""


def connect(database: str | bytes, **kwargs: Any) -> ReadsOnLoop:
    """What aiosqlite.connect does, with ReadsOnLoop (SQLAlchemy's async_creator_fn for the aiosqlite dialect)."""
    location = database.decode() if isinstance(database, bytes) else str(database)
    connection: ReadsOnLoop

    def connector() -> sqlite3.Connection:  # on the connection's thread
        opened = sqlite3.connect(location, **kwargs)
        try:
            # The mode the lock-freedom above rests on (bot/db/engine.py sets the same). A read-only file
            # answers the mode it has; an in-memory database "memory".
            mode = opened.execute("PRAGMA journal_mode=WAL").fetchone()
        except sqlite3.Error:
            mode = None
        shared = kwargs.get("check_same_thread") is False  # SQLAlchemy's choice for a file database
        connection.wal = shared and bool(mode) and str(mode[0]).lower() == "wal"
        return opened

    connection = ReadsOnLoop(connector, 64)
    connection._thread.daemon = True  # as SQLAlchemy does: an unclosed connection must not keep the process up
    return connection
