"""One daemon per SQLite file: an OS file lock held for the daemon's whole life.

SQLite serialises writers but not daemons: two of them on one file would both send reminders and
digests (the outbox lease keeps rows apart, the schedules do not). So `endorsebot run` takes an
exclusive ``flock`` on ``<database>.lock`` before it touches anything, and a second daemon refuses
to start with one clear line. The kernel drops the lock when the process ends, however it ends
(SIGKILL included), so a stale lock file never blocks a restart.

PostgreSQL needs no lock: several instances there are supported (leases and compare-and-set keep
them apart), so ``acquire`` returns None for any non-SQLite URL.
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url


class AlreadyRunning(Exception):
    """Another daemon holds the lock; the message says which file and, if known, its pid."""


@dataclass
class InstanceLock:
    path: Path
    fd: int

    def release(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = -1


def sqlite_file(database_url: str) -> Path | None:
    """The SQLite database file of ``database_url``; None for other databases or in-memory SQLite."""
    url = make_url(database_url)
    if not url.get_backend_name().startswith("sqlite") or url.database in (None, "", ":memory:"):
        return None
    database = url.database
    if url.query.get("uri") == "true" and database.startswith("file:"):
        # SQLite URI filename (file:PATH?mode=ro...): the path is between "file:" and the query.
        database = database.removeprefix("file:").split("?", 1)[0]
        if database in ("", ":memory:") or url.query.get("mode") == "memory":
            return None
    return Path(database)


def acquire(database_url: str) -> InstanceLock | None:
    """Lock the SQLite file of ``database_url`` for this process; AlreadyRunning if another holds it."""
    db_file = sqlite_file(database_url)
    if db_file is None:
        return None
    path = db_file.with_name(db_file.name + ".lock")
    # O_NOFOLLOW: a symlink planted at the lock's name must not make us open (and truncate) another file.
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _read_pid(fd)
        os.close(fd)
        who = f" (pid {holder})" if holder else ""
        raise AlreadyRunning(f"another endorsebot daemon{who} already runs on {db_file}; "
                             "one daemon per SQLite file (use PostgreSQL for several)") from None
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    return InstanceLock(path, fd)


def holder(database_url: str) -> str | None:
    """The pid (or "unknown") of a daemon holding the lock of this SQLite file; None if nobody does.
    Creates nothing: with no lock file there is no daemon."""
    db_file = sqlite_file(database_url)
    if db_file is None:
        return None
    path = db_file.with_name(db_file.name + ".lock")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read_pid(fd) or "unknown"
    finally:
        os.close(fd)
    return None


def _read_pid(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
