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


def write_env_line(path: Path, variable: str, value: str) -> str | None:
    """Set ``variable=value`` in an environment file (systemd's EnvironmentFile=): mode 0600, its other lines
    kept, written to a temporary file beside it and renamed over it, never through a symlink. The problem in
    one line (which never holds ``value``), or None when written."""
    try:
        if path.is_symlink():
            return f"{path} is a symbolic link; refusing to write a secret through it"
        kept = []
        if path.exists():
            kept = [line for line in path.read_text(encoding="utf-8").splitlines()
                    if not _sets(line, variable)]
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        write_private(tmp, ("\n".join([*kept, f"{variable}={value}"]) + "\n").encode("utf-8"))
        os.replace(tmp, path)
    except UnsafePath as exc:
        return str(exc)
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot write {path}: {getattr(exc, 'strerror', None) or exc}"
    return None


def read_env_value(path: Path, variable: str) -> str | None:
    """The value ``variable`` has in an environment file, or None when the file or the line is absent.
    A symlink at ``path`` is not followed (UnsafePath): the file holds a secret only we should write."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError:
        if path.is_symlink():
            raise UnsafePath(f"{path} is a symbolic link; refusing to read a secret through it") from None
        raise
    with os.fdopen(fd, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    found = [line for line in lines if _sets(line, variable)]
    return found[-1].split("=", 1)[1].strip() if found else None


def _sets(line: str, variable: str) -> bool:
    return line.lstrip().removeprefix("export ").startswith(f"{variable}=")
