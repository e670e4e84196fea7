"""The .eml fixtures of the sandbox tests, one per scenario, read as CRLF bytes."""

from __future__ import annotations

from pathlib import Path

MAIL_DIR = Path(__file__).parent / "fixtures" / "mail"


def eml(name: str) -> bytes:
    """``fixtures/mail/<name>.eml`` with CRLF line endings, whatever a checkout did to them."""
    data = (MAIL_DIR / f"{name}.eml").read_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
