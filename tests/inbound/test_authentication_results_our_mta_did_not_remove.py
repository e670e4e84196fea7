"""Attack (issue 10 item 5, red-team variant): our MTA's Authentication-Results is trusted only if it is the one
header with our authserv-id. RFC 8601 section 5 has the border MTA remove every incoming header bearing its own
authserv-id before it adds its own; the bot read the top-most header with a trusted id. That is right only when
the MTA strips and writes on top. An MTA that does not strip, and adds its own header below the sender's (a
milter's header appended to the end of the header block) or adds none for some messages, leaves the sender's
forged "dmarc=pass" as the top-most: it was believed. Now two or more headers with a trusted authserv-id prove
nothing (the MTA did not strip, so which one is its own is unknown): the sender is unproven, the detail says
why, and our own DKIM check or the confirmation round-trip decides (README "Who may make the bot act")."""

from __future__ import annotations

import pytest

from bot.inbound.auth import AuthResult, AuthVerdict, read_results
from bot.mail.parse import parse_mail

TRUSTED = ("mx.bot.test",)
FORGED = ("Authentication-Results: mx.bot.test; dkim=pass header.d=members.example;"
          " dmarc=pass header.from=members.example\n")
OURS = ("Authentication-Results: mx.bot.test; spf=none smtp.mailfrom=attacker.example;"
        " dmarc=none header.from=members.example\n")
RECEIVED = "Received: from mx.attacker.example by mx.bot.test; Mon, 05 Jan 2026 08:00:01 +0000\n"


def results(top: str, bottom: str = "") -> AuthResult:
    raw = (f"{top}From: Alice <alice@members.example>\nTo: bot@bot.test\nSubject: hi\nMessage-ID: <a@b>\n"
           f"{bottom}\nhello\n")
    return read_results(parse_mail(raw.replace("\n", "\r\n").encode()), TRUSTED)


@pytest.mark.parametrize(("top", "bottom"), [
    (RECEIVED + FORGED, OURS),  # ours appended below the sender's forgery: the forgery was the top-most
    (RECEIVED + OURS + FORGED, ""),  # ours on top, the forgery below: never merged, and now not read either
    (FORGED + OURS, ""),
    ("Authentication-Results: mx.bot.test; dmarc=fail header.from=members.example\n" + FORGED, ""),
])
def test_several_headers_with_our_id_prove_nothing(top: str, bottom: str) -> None:
    result = results(top, bottom)
    assert result.verdict is AuthVerdict.UNKNOWN
    assert "did not remove" in result.detail


def test_the_one_header_our_mta_writes_still_decides() -> None:
    assert results(RECEIVED + FORGED).verdict is AuthVerdict.PASS
    assert results("Authentication-Results: mx.bot.test; dmarc=fail header.from=members.example\n").verdict \
        is AuthVerdict.FAIL


def test_headers_of_other_servers_do_not_count() -> None:
    other = "Authentication-Results: mx.members.example; dmarc=pass header.from=members.example\n"
    assert results(other + FORGED + other).verdict is AuthVerdict.PASS
