"""Files that hold personal data or secrets: created owner-only, never through a symlink (issue 10 item 15).

A symlink planted where the file will be written (``export.json -> /home/admin/.ssh/authorized_keys``)
would otherwise make the bot overwrite the target, or leave the data readable by everyone.
"""

from __future__ import annotations

import os
from pathlib import Path


class UnsafePath(OSError):
    """The path is a symlink (or becomes one under us); nothing was written."""


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as mode 0600, refusing to follow a symlink at ``path``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        if path.is_symlink():
            raise UnsafePath(f"{path} is a symbolic link; refusing to write through it") from None
        raise exc
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)  # an existing file keeps its old mode through O_CREAT: set it
        handle.write(data)


def private_dir(path: Path) -> None:
    """Create ``path`` (and parents) for the owner alone; refuse a symlink in its place."""
    if path.is_symlink():
        raise UnsafePath(f"{path} is a symbolic link; refusing to use it as a private folder")
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)  # an existing folder keeps its old mode through mkdir: set it (not a link: checked)


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it is absent (never through a symlink); an existing file is
    left as it is. SQLite then opens it as a new database, and makes its -wal and -shm files with its mode."""
    if path.is_symlink():
        raise UnsafePath(f"{path} is a symbolic link; refusing to open it as the database")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        return
    os.fchmod(fd, 0o600)
    os.close(fd)
