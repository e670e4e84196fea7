"""Loopback port helpers shared by the real-server fixtures."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable


def free_port() -> int:
    """A TCP port nobody listens on right now (the kernel picks it; tiny race until we bind it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
