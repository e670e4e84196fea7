"""Verifying DKIM signatures (RFC 6376) ourselves, with dkimpy, when our MTA wrote no trusted verdict.

The key lookups are DNS TXT queries through dnspython. They block, so verification runs in a worker
thread, each query with its own time budget. ``[security] dns_servers`` points the resolver at chosen
servers (a local validating resolver, or the test suite's loopback server); empty means the system's.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import dkim
import dns.exception
import dns.rdatatype
import dns.resolver

log = logging.getLogger("endorsebot.dkim")

# A sender may add many signatures; checking each costs DNS queries, so only the first few are tried.
MAX_SIGNATURES = 3

DnsFunc = Callable[..., bytes | None]


@dataclass(frozen=True, slots=True)
class DkimSignature:
    domain: str  # d=, lower-cased
    valid: bool
    why: str  # "" when valid


def resolver_dnsfunc(servers: Sequence[str] = (), timeout_s: float = 5.0) -> DnsFunc:
    """dkimpy's ``dnsfunc``: the TXT record at ``name`` as bytes, or None when there is none.

    ``servers`` are "host" or "host:port" strings; a query that times out raises dkim's DnsTimeoutError,
    which makes the signature count as unverified (never as valid)."""
    resolver = dns.resolver.Resolver(configure=not servers)
    if servers:
        resolver.nameservers = [s.rpartition(":")[0] if ":" in s else s for s in servers]
        ports = {int(s.rpartition(":")[2]) for s in servers if ":" in s}
        resolver.port = ports.pop() if len(ports) == 1 else 53

    def get_txt(name: bytes | str, timeout: float = timeout_s) -> bytes | None:
        qname = name.decode("ascii") if isinstance(name, bytes) else name
        try:
            answer = resolver.resolve(qname, dns.rdatatype.TXT, raise_on_no_answer=False,
                                      lifetime=min(timeout, timeout_s), search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoNameservers):
            return None
        except dns.exception.Timeout as exc:
            raise dkim.DnsTimeoutError(str(exc)) from None
        for rrset in answer.response.answer:
            if rrset.rdtype == dns.rdatatype.TXT:
                return b"".join(next(iter(rrset)).strings)
        return None

    return get_txt


def _key_tags(record: bytes | None) -> dict[bytes, bytes]:
    """The tags of a DKIM key record (RFC 6376 section 3.6.1), names lower-cased."""
    tags: dict[bytes, bytes] = {}
    for part in (record or b"").split(b";"):
        name, eq, value = part.partition(b"=")
        if eq:
            tags[name.strip().lower()] = b"".join(value.split())
    return tags


def _check(raw: bytes, dnsfunc: DnsFunc) -> list[DkimSignature]:
    checker = dkim.DKIM(raw)
    records: dict[bytes, bytes | None] = {}

    def remembering(name: bytes | str, *args: object, **kwargs: object) -> bytes | None:
        record = dnsfunc(name, *args, **kwargs)
        key = name if isinstance(name, bytes) else name.encode("ascii", "replace")
        records[key.lower().rstrip(b".")] = record
        return record

    count = sum(1 for name, _ in checker.headers if name.lower() == b"dkim-signature")
    found: list[DkimSignature] = []
    for idx in range(min(count, MAX_SIGNATURES)):
        try:
            valid = bool(checker.verify(idx=idx, dnsfunc=remembering))
            why = "" if valid else "signature does not verify"
        except dkim.DKIMException as exc:
            valid, why = False, f"{type(exc).__name__}: {exc}"[:200]
        fields = checker.signature_fields or {}
        domain = fields.get(b"d", b"").decode("ascii", "replace").strip().lower()
        signed = [h.strip().lower() for h in fields.get(b"h", b"").split(b":")]
        if valid and b"l" in fields:
            # l= signs only the first bytes of the body: anything appended after them would pass.
            valid, why = False, "signature covers only part of the body (l=)"
        if valid and b"from" not in signed:
            valid, why = False, "signature does not cover From"
        if valid and fields.get(b"a", b"").strip().lower() == b"rsa-sha1":
            # RFC 8301 section 3.1: verifiers MUST NOT consider RSA-SHA1 signatures valid (SHA-1 collisions are
            # practical: a signed text can be swapped for another of the same hash; issue 10 item 4, red team).
            valid, why = False, "signed with rsa-sha1, which RFC 8301 forbids verifiers to accept"
        if valid:
            selector = fields.get(b"s", b"").strip().lower()
            key = _key_tags(records.get(selector + b"._domainkey." + domain.encode("ascii", "replace")))
            if b"y" in key.get(b"t", b"").split(b":"):
                # RFC 6376 section 3.6.1, t=y: the domain is testing DKIM, and verifiers MUST NOT treat its
                # messages differently from unsigned mail.
                valid, why = False, "the domain's key is in testing mode (t=y): its mail counts as unsigned"
        found.append(DkimSignature(domain, valid, why))
    return found


class DkimVerifier:
    def __init__(self, dnsfunc: DnsFunc | None = None, *, servers: Sequence[str] = (), timeout_s: float = 5.0) -> None:
        self.dnsfunc = dnsfunc or resolver_dnsfunc(servers, timeout_s)

    async def signatures(self, raw: bytes) -> list[DkimSignature]:
        """Every DKIM signature's domain and whether it verifies (in a worker thread: DNS blocks)."""
        if b"dkim-signature" not in raw[:65536].lower():
            return []
        try:
            return await asyncio.to_thread(_check, raw, self.dnsfunc)
        except Exception as exc:  # dkimpy on malformed mail: unverified, never an error for the pipeline
            log.info("dkim check failed", extra={"error": type(exc).__name__})
            return []
