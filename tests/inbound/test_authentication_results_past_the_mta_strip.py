"""Attack (issue 10 item 5, red-team variants): an Authentication-Results header the sender wrote that our MTA's
stripping does not recognise as a copy of its own, but the bot would have read as our MTA's verdict.

An MTA listed in ``trusted_authserv_ids`` removes incoming headers that carry its authserv-id, comparing the
literal field name and id. RFC 8601 has no encoded words and no space before the colon, so
``=?utf-8?q?mx.bot.test?=`` or ``Authentication-Results :`` pass its filter untouched. The bot decoded RFC 2047
words in every non-address header and read a name followed by spaces as the same field, so either forgery
became a trusted ``dmarc=pass`` whenever our MTA wrote no header of its own above it (a milter that only writes
one for signed mail, say). Only the header exactly as an MTA writes it counts now.
"""

from __future__ import annotations

import pytest

from bot.inbound.auth import AuthVerdict, read_results
from bot.mail.parse import parse_mail

TRUSTED = ("mx.bot.test",)
PASS = "dmarc=pass header.from=members.example"


def verdict(headers: str) -> AuthVerdict:
    raw = f"{headers}From: Alice <alice@members.example>\nTo: bot@bot.test\nSubject: hi\nMessage-ID: <a@b>\n\nhi\n"
    return read_results(parse_mail(raw.replace("\n", "\r\n").encode()), TRUSTED).verdict


@pytest.mark.parametrize("headers", [
    f"Authentication-Results: =?utf-8?q?mx.bot.test?=; {PASS}\n",
    f"Authentication-Results: =?us-ascii?b?bXguYm90LnRlc3Q=?=; {PASS}\n",
    "Authentication-Results: =?utf-8?q?mx=2Ebot=2Etest=3B_dmarc=3Dpass_header=2Efrom=3Dmembers=2Eexample?=\n",
    f"Authentication-Results : mx.bot.test; {PASS}\n",
    f"Authentication-Results\t: mx.bot.test; {PASS}\n",
    # Above a genuine header that says nothing: the forgery must not become the top-most trusted one either.
    f"Authentication-Results : mx.bot.test; {PASS}\nAuthentication-Results: mx.bot.test; dmarc=none\n",
])
def test_a_forged_header_our_mta_would_not_strip_is_not_its_verdict(headers: str) -> None:
    assert verdict(headers) is AuthVerdict.UNKNOWN


def test_our_mtas_own_header_still_counts() -> None:
    assert verdict(f"Authentication-Results: mx.bot.test; {PASS}\n") is AuthVerdict.PASS
    assert verdict(f"Authentication-Results: mx.bot.test;\n\t{PASS}\n") is AuthVerdict.PASS
    assert verdict(f"authentication-results: MX.BOT.TEST (ours); {PASS}\n") is AuthVerdict.PASS
