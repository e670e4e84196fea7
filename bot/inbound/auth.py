"""Is the From: address really the sender? Authentication-Results (RFC 8601) from our own MTA, aligned (RFC 7489).

Anyone can write an Authentication-Results header into the mail they send. RFC 8601 section 5 has the border MTA
remove every incoming header that bears its own authserv-id before it adds its own, so a message holds exactly
one header with a trusted id, and that one is the MTA's. Two or more mean the MTA did not remove the sender's: a
forgery may then sit below the MTA's header, or above it (an MTA that adds its header further down, or adds none
for some messages), and which one is the MTA's cannot be told from the message. None of them is read then (the
sender is unproven; our own DKIM check or the confirmation round-trip still applies), and the detail says why.
Several headers are never merged.

A result counts only when it is about the From domain ("aligned", RFC 7489 section 3.1): DMARC's
header.from is that domain; DKIM's header.d and SPF's smtp.mailfrom share its organizational domain
(the registrable name under the public suffix list, read offline). A pass for some other domain proves
nothing about who wrote From:.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

import authres
from publicsuffixlist import PublicSuffixList

from bot.adapters.dkim import DkimVerifier
from bot.mail.message import ParsedMail
from bot.outbound import addresses
from bot.settings import SecuritySettings

# A real Authentication-Results header is a few hundred bytes (Gmail's, Microsoft's, rspamd's: 200-700). A
# longer one is not read (the sender is then unproven, so the safe fallback applies): authres copies the rest
# of the header once per token, so its cost grows with the square of the length (bench/sender_proof_bench.py).
MAX_HEADER_CHARS = 1024
_COMMENT = re.compile(r"\([^()]*\)")
# What an MTA writes before the ";" that ends its authserv-id (and version): printable ASCII, space, tab, CRLF.
_ASCII_HEAD = re.compile(r"[\x20-\x7e\t\r\n]*+")


class AuthVerdict(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"  # no trusted header, or nothing decisive and aligned in it


@dataclass(frozen=True, slots=True)
class AuthResult:
    verdict: AuthVerdict
    # What decided it, for the inbound row and the admins: "dmarc=pass header.from=example.org (mx.example)".
    detail: str


@cache
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # the list shipped inside the package: no network at run time


def organizational_domain(domain: str) -> str:
    """``mail.example.co.uk`` -> ``example.co.uk`` (RFC 7489 section 3.2); a bare suffix stays as it is."""
    domain = domain.strip().rstrip(".").lower()
    return _psl().privatesuffix(domain) or domain


def aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment: the same organizational domain."""
    domain = domain.strip().rstrip(".").lower().rpartition("@")[2]
    return bool(domain) and organizational_domain(domain) == organizational_domain(from_domain)


def trusted_values(mail: ParsedMail, trusted_ids: tuple[str, ...]) -> list[str]:
    """The Authentication-Results headers whose authserv-id is trusted, top-most first (read cheaply: only the
    authserv-id)."""
    trusted = {t.strip().lower() for t in trusted_ids if t.strip()}
    if not trusted:
        return []
    return [value for value in mail.header_all("authentication-results") if _authserv_id(value) in trusted]


def trusted_header(mail: ParsedMail, trusted_ids: tuple[str, ...]) -> authres.AuthenticationResultsHeader | None:
    """The one Authentication-Results header written by a trusted authserv-id, parsed; None if there is none, or
    several (the MTA did not remove the sender's: which is its own is unknown), or it is oversized or unreadable."""
    values = trusted_values(mail, trusted_ids)
    if len(values) != 1:
        return None
    value = values[0]
    if len(value) > MAX_HEADER_CHARS or _COMMENT.match(value.lstrip()):
        # Every MTA writes its authserv-id first. One after a comment ("(checked) mx.bot.test; ...") is counted
        # among the trusted-id headers, but never read as the verdict: an MTA that strips its own id by the
        # header's literal start lets it through (issue 10 item 5, red-team variant).
        return None
    try:
        header = authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
    except Exception:  # authres raises its own SyntaxError and friends: an unreadable header is not ours
        return None
    trusted = {t.strip().lower() for t in trusted_ids if t.strip()}
    return header if str(header.authserv_id).lower() in trusted else None


def _authserv_id(value: str) -> str:
    """The authserv-id (RFC 8601 section 2.2): the first word before the first ";", comments removed; "" when
    anything but printable ASCII and folding white space stands before the ";"."""
    head = value.split(";", 1)[0]
    if not _ASCII_HEAD.fullmatch(head):
        # An MTA strips the sender's copies of its header by the field as written: the colon, folding white space
        # (RFC 5322 section 3.2.2: space, tab, CRLF), its id. A no-break space, U+3000, NEL or U+001F before or after
        # the id is none of those, so such a header passes the strip untouched, and str.split(), which takes them
        # all for white space, read our id out of it (issue 10 item 5, red-team variant). It is not our MTA's.
        return ""
    words = _COMMENT.sub(" ", head).split()
    return words[0].lower() if words else ""


def _property(result: authres.AuthenticationResult, ptype: str, name: str) -> str:
    for prop in result.properties:
        if str(prop.type).lower() == ptype and str(prop.name).lower() == name:
            return str(prop.value or "").strip().lower()
    return ""


def read_results(mail: ParsedMail, trusted_ids: tuple[str, ...]) -> AuthResult:
    """The verdict of our own MTA about the From domain, from its one header only."""
    from_domain = addresses.split(mail.from_addr)[1]
    header = trusted_header(mail, trusted_ids)
    if header is None or not from_domain:
        count = len(trusted_values(mail, trusted_ids))
        if count > 1:
            return AuthResult(AuthVerdict.UNKNOWN, f"{count} Authentication-Results headers bear a trusted "
                              "authserv-id: the MTA did not remove the sender's (RFC 8601 section 5), so none is read")
        return AuthResult(AuthVerdict.UNKNOWN, "no Authentication-Results header from a trusted authserv-id")
    where = f"({header.authserv_id})"
    fails: list[str] = []
    # DMARC's verdict about the From domain decides before any DKIM or SPF pass, wherever it is written (MTAs write
    # it last): a domain that asks for strict alignment fails DMARC for a pass of another of its subdomains, which
    # the relaxed alignment below would count (issue 10 item 5, red-team variant: "dkim=pass
    # header.d=news.members.example; dmarc=fail header.from=members.example" was read as the member's proof).
    results = sorted(header.results, key=lambda r: str(r.method).lower() != "dmarc")
    for result in results:
        method, outcome = str(result.method).lower(), str(result.result).lower()
        if method == "dmarc":
            # DMARC is about header.from; a result for another domain (a second From:) says nothing here.
            domain = _property(result, "header", "from").rstrip(".")
            if domain and domain != from_domain:
                continue
            if outcome == "pass" and domain:
                return AuthResult(AuthVerdict.PASS, f"dmarc=pass header.from={from_domain} {where}")
            if outcome == "fail":
                return AuthResult(AuthVerdict.FAIL, f"dmarc=fail header.from={from_domain} {where}")
        elif method == "dkim":
            domain = _property(result, "header", "d") or _property(result, "header", "i")
            if outcome == "pass" and aligned(domain, from_domain):
                return AuthResult(AuthVerdict.PASS, f"dkim=pass header.d={domain} {where}")
        elif method == "spf":
            domain = _property(result, "smtp", "mailfrom")  # DMARC aligns the envelope sender, never HELO
            if aligned(domain, from_domain):
                if outcome == "pass":
                    return AuthResult(AuthVerdict.PASS, f"spf=pass smtp.mailfrom={domain} {where}")
                if outcome == "fail":
                    fails.append(f"spf=fail smtp.mailfrom={domain}")
    if fails:
        return AuthResult(AuthVerdict.FAIL, f"{'; '.join(fails)} {where}")
    return AuthResult(AuthVerdict.UNKNOWN, f"no aligned pass for {from_domain} {where}")


def envelope_sender(mail: ParsedMail, trusted_ids: tuple[str, ...]) -> str | None:
    """The envelope sender our MTA's one trusted header records (its SPF result's ``smtp.mailfrom``), lower case;
    "" for the null reverse path; None when there is no such header or it names none."""
    header = trusted_header(mail, trusted_ids)
    if header is None:
        return None
    for result in header.results:
        if str(result.method).lower() == "spf":
            for prop in result.properties:
                if str(prop.type).lower() == "smtp" and str(prop.name).lower() == "mailfrom":
                    return str(prop.value or "").strip().strip("<>").strip().lower()
    return None


def sender_authentication(mail: ParsedMail, trusted_ids: tuple[str, ...]) -> AuthVerdict:
    """What our MTA's header says about the From domain (PASS only when aligned; see read_results)."""
    return read_results(mail, trusted_ids).verdict


async def authenticate_sender(mail: ParsedMail, raw: bytes, security: SecuritySettings,
                              verifier: DkimVerifier | None = None) -> AuthResult:
    """Our MTA's aligned verdict; when it says nothing, a DKIM signature of the From domain we verify.

    A FAIL from our MTA stands (DMARC said the From domain refuses this mail); only UNKNOWN is
    worth a DKIM check of our own."""
    result = read_results(mail, security.trusted_authserv_ids)
    if result.verdict is AuthVerdict.PASS and not result.detail.startswith("spf=") and (partial := _partial_body(mail)):
        # Our MTA checks a signature with l= as valid, but l= signs only the first bytes of the body: a member's
        # signed mail with a request appended below them passes (issue 10 items 4-5, red-team variant). Only an
        # SPF pass, which the sender's own servers give, still counts then; our own check refuses l= as well.
        result = AuthResult(AuthVerdict.UNKNOWN, f"{result.detail}, but {partial}")
    if result.verdict is not AuthVerdict.UNKNOWN or not security.verify_dkim:
        return result
    from_domain = addresses.split(mail.from_addr)[1]
    verifier = verifier or DkimVerifier(servers=security.dns_servers, timeout_s=security.dns_timeout_s)
    signatures = await verifier.signatures(raw)
    for signature in signatures:
        if signature.valid and from_domain and aligned(signature.domain, from_domain):
            return AuthResult(AuthVerdict.PASS, f"dkim=pass d={signature.domain} (verified by endorsebot)")
    tried = "; ".join(f"d={s.domain}: {s.why or 'not aligned with ' + from_domain}" for s in signatures)
    return AuthResult(AuthVerdict.UNKNOWN, f"{result.detail}; DKIM: {tried or 'no signature'}")


def _partial_body(mail: ParsedMail) -> str:
    """Why a DKIM signature aligned with the From domain does not cover the whole body (its l= tag), or ""."""
    from_domain = addresses.split(mail.from_addr)[1]
    for value in mail.header_all("dkim-signature")[:MAX_SIGNATURES_READ]:
        tags = {m.group(1).lower(): m.group(2) for m in map(_TAG.match, value[:8192].split(";")) if m}
        if "l" in tags and from_domain and aligned(tags.get("d", "").strip(), from_domain):
            return f"its DKIM signature (d={tags.get('d', '').strip().lower()}) covers only part of the body (l=)"
    return ""


# A DKIM signature proves who wrote a message, not when it was sent to us: the same signed message handed to the
# bot again (a new Message-ID, another envelope, weeks later) verifies as well as the first time (issue 10, red
# team: DKIM replay). So a signature starts one request at most (the pipeline remembers each one it accepted),
# and one made longer ago than this (its t=) is no proof of a request now. x= (an expiry) dkimpy checks itself.
MAX_SIGNATURE_AGE = timedelta(days=7)
# Signatures read per message (a sender may add many; each costs a look-up).
MAX_SIGNATURES_READ = 5
_TAG = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9_]*)\s*=\s*([^;]*)")
_FWS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class SignatureTags:
    """What identifies one DKIM signing: its signing domain, the hash of its b= value, its t= (or None)."""

    domain: str
    digest: str
    signed_at: datetime | None


def signature_tags(mail: ParsedMail) -> list[SignatureTags]:
    """The first MAX_SIGNATURES_READ DKIM-Signature headers' tags (unverified: a replay carries the very
    signature that verified the first time, so matching it needs no verification)."""
    found: list[SignatureTags] = []
    for value in mail.header_all("dkim-signature")[:MAX_SIGNATURES_READ]:
        tags = {m.group(1).lower(): m.group(2) for m in map(_TAG.match, value[:8192].split(";")) if m}
        b = _FWS.sub("", tags.get("b", ""))
        if not b:
            continue
        stamp = _FWS.sub("", tags.get("t", ""))
        signed_at = None
        if stamp.isdigit() and len(stamp) <= 12:
            signed_at = datetime.fromtimestamp(int(stamp), tz=UTC)
        found.append(SignatureTags(tags.get("d", "").strip().lower().rstrip("."),
                                   hashlib.sha256(_canonical_base64(b).encode("ascii", "replace")).hexdigest()[:40],
                                   signed_at))
    return found


def _canonical_base64(value: str) -> str:
    """b= as the signature it decodes to, written canonically. A verifier decodes b= leniently (dkimpy: any
    padding after the digits, the unused low bits of the last digit ignored) and b= is not among the bytes the
    signature hashes, so a replay may respell it freely and still verify: ``x==`` as ``y======`` (red team,
    issue 10 item 9: DKIM replay with b= respelt). A canonical value (what every signer writes) stays as it is, so
    the hashes already stored still match; one that does not decode is kept as written."""
    digits = value.rstrip("=")
    try:
        return base64.b64encode(base64.b64decode(digits + "=" * (-len(digits) % 4))).decode("ascii")
    except (binascii.Error, ValueError):
        return value


def stale_signature(mail: ParsedMail, now: datetime) -> str:
    """Why the signatures aligned with the From domain are too old to prove a request now, or "": every one
    states when it was made (t=), longer than MAX_SIGNATURE_AGE before ``now``."""
    from_domain = addresses.split(mail.from_addr)[1]
    mine = [s for s in signature_tags(mail) if from_domain and aligned(s.domain, from_domain)]
    if not mine or any(s.signed_at is None or now - s.signed_at <= MAX_SIGNATURE_AGE for s in mine):
        return ""
    newest = max(s.signed_at for s in mine if s.signed_at is not None)
    return f"signed {(now - newest).days} days before it arrived (d={mine[0].domain})"
