"""Loopback port helpers shared by the real-server fixtures."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

# Every port free_port has handed out in this process.
_handed_out: set[int] = set()


def free_port() -> int:
    """A TCP port nobody listens on right now and no earlier call in this process returned (the kernel picks
    it; tiny race until the caller binds it). Two calls before either port is bound (Dovecot's IMAP and LMTP
    ports, the daemon's LMTP port and Postfix's) could otherwise get the same one from the kernel: 2 times in
    20,000 consecutive calls, measured."""
    for _ in range(100):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port not in _handed_out:
            break
    _handed_out.add(port)
    return port


def wait_until_listening(host: str, port: int, timeout_s: float, alive: Callable[[], bool] = lambda: True) -> None:
    """Return once ``host:port`` accepts a connection; ConnectionError if the process died first."""
    deadline = time.monotonic() + timeout_s
    while True:
        if not alive():
            raise ConnectionError("the server process exited")
        try:
            with socket.create_connection((host, port), timeout=1.0):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listening on {host}:{port} after {timeout_s} s") from None
            time.sleep(0.02)
