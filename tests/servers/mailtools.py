"""Test-side mail helpers: fixture loading and an independent IMAP client to check the server's state.

The inspector uses the standard library's imaplib (blocking; wrap calls in asyncio.to_thread), so
assertions about the server never go through the adapter under test.
"""

from __future__ import annotations

import imaplib
import re
from datetime import datetime
from pathlib import Path

from tests.servers.dovecot import Account, DovecotServer

MAIL_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


def load_eml(name: str) -> bytes:
    """A fixture as sent on the wire: CRLF line endings whatever the checkout did to the file."""
    data = (MAIL_FIXTURES / name).read_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def with_header(data: bytes, name: str, value: str) -> bytes:
    """``data`` with one more header line on top (to tell copies of one fixture apart)."""
    return f"{name}: {value}\r\n".encode() + data


class Inspector:
    """A second IMAP login to the same mailbox, for checks the adapter must not influence."""

    def __init__(self, server: DovecotServer, account: Account) -> None:
        self._server = server
        self._account = account

    def _open(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4(self._server.host, self._server.imap_port, timeout=10)
        client.login(self._account.address, self._account.password)
        client.select("INBOX")
        return client

    def append(self, data: bytes, when: datetime | None = None) -> None:
        """Store ``data`` exactly as given (IMAP APPEND), optionally with a chosen INTERNALDATE."""
        client = self._open()
        try:
            date = imaplib.Time2Internaldate(when) if when is not None else None
            status, detail = client.append("INBOX", "", date, data)
            assert status == "OK", detail
        finally:
            client.logout()

    def flags(self, uid: int) -> set[str]:
        client = self._open()
        try:
            status, data = client.uid("FETCH", str(uid), "(FLAGS)")
            assert status == "OK", data
            text = b" ".join(part for part in data if isinstance(part, bytes)).decode()
            match = re.search(r"FLAGS \(([^)]*)\)", text)
            assert match, text
            return set(match.group(1).split())
        finally:
            client.logout()

    def uidvalidity(self) -> int:
        client = self._open()
        try:
            status, data = client.response("UIDVALIDITY")
            assert data and data[0] is not None, (status, data)
            return int(data[0])
        finally:
            client.logout()
