"""The remote server's own words in a bounce: "550 5.1.1 <gina@x>: Recipient address rejected: User unknown".

Admins, the digest and the endorser see this instead of a bare "bounce for x": it says whether the address
does not exist (5.1.1), the mailbox is full (4.2.2/5.2.2), or the server refused us (5.7.x).

Read in order of trust: RFC 3464's Diagnostic-Code field (with its RFC 3463 Status when the code lacks
one), else the first line of the report that carries an SMTP reply code with an enhanced status code, else
the Status field alone. Every pattern is linear in the text's length; the result is one line, capped.
"""

from __future__ import annotations

import re

MAX_CHARS = 300
# Reports put the diagnostic near the top; a returned copy of a huge message need not be read.
_SCAN_CHARS = 256 * 1024

# RFC 3464 section 2.3.6: Diagnostic-Code: diagnostic-type; diagnostic (may be folded over lines).
_DIAGNOSTIC_CODE = re.compile(r"^diagnostic-code:[ \t]*[^;\r\n]*;[ \t]*([^\r\n]*(?:\r?\n[ \t]+[^\r\n]*)*)",
                              re.IGNORECASE | re.MULTILINE)
_STATUS = re.compile(r"^status:[ \t]*([245]\.\d{1,3}\.\d{1,3})", re.IGNORECASE | re.MULTILINE)
# A reply code and an enhanced status code together ("550 5.1.1 ...", "552-5.2.2 ..."), then the rest of the line.
_SMTP_REPLY = re.compile(r"(?<![\w.])[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\w.])[^\r\n]*")
# qmail's "Sorry, no mailbox here by that name. (#5.1.1)" and Exchange's "<host #5.1.1>": the whole line.
_HASH_STATUS = re.compile(r"^[^\r\n#]*#[45]\.\d{1,3}\.\d{1,3}[^\r\n]*", re.MULTILINE)


def bounce_diagnostic(report: str) -> str:
    """The server's diagnostic in ``report`` (a bounce's text, or its raw bytes as text); "" if none."""
    text = report[:_SCAN_CHARS]
    status = _STATUS.search(text)
    found = _DIAGNOSTIC_CODE.search(text)
    if found and found.group(1).strip():
        words = " ".join(found.group(1).split())
        if status and status.group(1) not in words:
            words = f"{status.group(1)} {words}"
        return words[:MAX_CHARS]
    reply = _SMTP_REPLY.search(text) or _HASH_STATUS.search(text)
    if reply:
        return " ".join(reply.group().split())[:MAX_CHARS]
    return f"status {status.group(1)}" if status else ""
