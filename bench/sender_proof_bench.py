"""What proving a sender costs per message (issue 10 items 4-5).

    .venv/bin/python bench/sender_proof_bench.py [--messages 200]

Times bot.inbound.auth.authenticate_sender on the three paths a request by email can take: an aligned
DMARC pass in our MTA's header (parsed with authres), a DKIM signature verified by dkimpy with its key
fetched from a real DNS server on loopback (tests/inbound/dns_server.py), and mail with no proof at all
(the confirmation round-trip's case); then the largest header authres is given (1 KB, MAX_HEADER_CHARS) and
fifty foreign 1 KB headers, which are skipped by their authserv-id unparsed. Prints ms per message, p50 and max.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bot.inbound.auth import authenticate_sender
from bot.mail.parse import parse_mail
from bot.settings import SecuritySettings
from tests.inbound.dns_server import DnsServer

BODY = b"From: Alice <alice@members.example>\r\nTo: bot@bot.test\r\nSubject: Please check Carol\r\n" \
       b"Message-ID: <a1@members.example>\r\n\r\nI would like to endorse Carol <carol@cand.example>.\r\n"


async def timed(raw: bytes, security: SecuritySettings, count: int) -> list[float]:
    mail = parse_mail(raw)
    out = []
    for _ in range(count):
        start = time.perf_counter()
        await authenticate_sender(mail, raw, security)
        out.append((time.perf_counter() - start) * 1000)
    return out


def row(name: str, ms: list[float]) -> str:
    return f"{name:<44} p50 {statistics.median(ms):7.3f} ms   max {max(ms):7.3f} ms   ({len(ms)} messages)"


async def main(count: int) -> None:
    dns = DnsServer()
    await dns.start()
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    dns.records["sel1._domainkey.members.example"] = f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"
    security = SecuritySettings(trusted_authserv_ids=("mx.bot.test",), dns_servers=(f"127.0.0.1:{dns.port}",))
    header = b"Authentication-Results: mx.bot.test; dkim=pass header.d=members.example; " \
             b"dmarc=pass header.from=members.example\r\n"
    signed = bytes(dkim.sign(BODY, b"sel1", b"members.example", pem, include_headers=[b"from", b"to", b"subject"]))
    padding = b"x=y; " * 190  # ~1 KB of results: the largest header authres is given (MAX_HEADER_CHARS)
    capped = b"Authentication-Results: mx.bot.test; " + padding + b"dmarc=pass header.from=members.example\r\n"
    foreign = b"".join(b"Authentication-Results: mx%d.attacker.example; " % n + padding + b"dmarc=pass\r\n"
                       for n in range(50))
    try:
        print(row("trusted header, aligned dmarc=pass", await timed(header + BODY, security, count)))
        print(row("DKIM verified by dkimpy (loopback DNS)", await timed(signed + BODY, security, count)))
        print(row("no proof (goes to confirmation)", await timed(BODY, security, count)))
        print(row("1 KB header from our id (the cap, parsed)", await timed(capped + BODY, security, count)))
        print(row("50 foreign 1 KB headers + ours (skipped)", await timed(header + foreign + BODY, security, count)))
    finally:
        dns.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200)
    asyncio.run(main(parser.parse_args().messages))
