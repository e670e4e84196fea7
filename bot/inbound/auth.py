"""Reading Authentication-Results (RFC 8601) written by our own receiving MTA.

Only headers whose authserv-id we trust count: anyone can write an Authentication-Results header
into the mail they send, so a header from an unknown authserv-id is ignored.
"""

from __future__ import annotations

import enum
import re

from bot.mail.message import ParsedMail

_RESULT = re.compile(r"\b(dmarc|dkim|spf)\s*=\s*([a-z]+)", re.I)


class AuthVerdict(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"  # no trusted header, or nothing decisive in it


def sender_authentication(mail: ParsedMail, trusted_ids: tuple[str, ...]) -> AuthVerdict:
    trusted = {t.lower() for t in trusted_ids}
    results: dict[str, str] = {}
    for value in mail.header_all("authentication-results"):
        authserv = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if authserv not in trusted:
            continue
        for method, result in _RESULT.findall(value):
            results.setdefault(method.lower(), result.lower())
    if results.get("dmarc") == "fail":
        return AuthVerdict.FAIL
    if results.get("dmarc") == "pass" or results.get("dkim") == "pass":
        return AuthVerdict.PASS
    if results.get("spf") == "fail" and results.get("dkim") != "pass":
        return AuthVerdict.FAIL
    if results.get("spf") == "pass":
        return AuthVerdict.PASS
    return AuthVerdict.UNKNOWN
