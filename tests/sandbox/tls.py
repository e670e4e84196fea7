"""TLS contexts around the test-only certificate in fixtures/tls (see its README)."""

from __future__ import annotations

import ssl
from pathlib import Path

TLS_DIR = Path(__file__).parent / "fixtures" / "tls"
CERT = TLS_DIR / "cert.pem"
KEY = TLS_DIR / "key.pem"


def server_context() -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(CERT, KEY)
    return context


def client_context() -> ssl.SSLContext:
    """Trusts only the test certificate, so a passing test proves verification really happened."""
    return ssl.create_default_context(cafile=str(CERT))
