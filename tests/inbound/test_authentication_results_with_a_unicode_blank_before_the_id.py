"""Attack (issue 10 item 5, red-team variant): an Authentication-Results header the sender wrote with a blank
that is no folding white space between the colon and our authserv-id ('Authentication-Results:<U+00A0>mx.bot.test;
dmarc=pass header.from=members.example', also U+3000, U+2003, NEL, the information separators U+001C-U+001F,
vertical tab, form feed).

An MTA strips incoming headers bearing its own authserv-id by the field as written: "Authentication-Results:",
folding white space (space, tab, CRLF: RFC 5322 section 3.2.2), then the id. A no-break space or U+001F is none of
those, so the forgery passes the strip untouched; the bot split the value on every character Python calls white
space, read "mx.bot.test" as its id, and took the sender's dmarc=pass for our MTA's verdict whenever the MTA wrote
no header of its own above it. Only space and tab separate the id now; any other character before it makes the
header someone else's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.reasons import Reason
from bot.inbound.auth import AuthVerdict, read_results
from bot.mail.parse import parse_mail
from tests.inbound.test_forged_endorser_requests import add_member, requests
from tests.workflow.world import running_world

SECURITY = Path(__file__).resolve().parent.parent / "fixtures" / "security"
TRUSTED = ("mx.bot.test",)
PASS = "dmarc=pass header.from=members.example"


@pytest.mark.parametrize("attack", [
    "forged_endorser_with_a_no_break_space_before_our_authserv_id.eml",
    "forged_endorser_with_an_ideographic_space_before_our_authserv_id.eml",
    "forged_endorser_with_an_information_separator_before_our_authserv_id.eml",
])
async def test_a_request_whose_pass_follows_a_blank_no_mta_strips_is_refused_and_nobody_is_mailed(
        tmp_path: Path, attack: str) -> None:
    async with running_world(tmp_path, security={}) as world:
        await add_member(world)
        row = await world.deliver(str(SECURITY / attack), None)
        assert row.reason == Reason.SENDER_NOT_AUTHENTICATED
        assert await requests(world) == []
        await world.app.outbox.flush()
        assert world.front.outside == {}


def verdict(headers: str) -> AuthVerdict:
    raw = f"{headers}From: Alice <alice@members.example>\nTo: bot@bot.test\nSubject: hi\nMessage-ID: <a@b>\n\nhi\n"
    return read_results(parse_mail(raw.replace("\n", "\r\n").encode()), TRUSTED).verdict


@pytest.mark.parametrize("blank", ["\u00a0", " \u2003", "\u3000", "\u1680", "\u0085", "\x1c", " \x1d", "\x1e",
                                   "\x1f", "\x0b", "\x0c", "\u2028"])
def test_no_blank_but_space_and_tab_sets_our_id_apart(blank: str) -> None:
    assert verdict(f"Authentication-Results:{blank}mx.bot.test; {PASS}\n") is AuthVerdict.UNKNOWN
    # Nor after the id, where a strip that matches the id as a whole word would not see it either.
    assert verdict(f"Authentication-Results: mx.bot.test{blank}; {PASS}\n") is AuthVerdict.UNKNOWN


def test_our_mtas_own_header_still_counts_folded_or_tabbed() -> None:
    assert verdict(f"Authentication-Results:\tmx.bot.test; {PASS}\n") is AuthVerdict.PASS
    assert verdict(f"Authentication-Results:\n\tmx.bot.test;\n {PASS}\n") is AuthVerdict.PASS
    assert verdict(f"Authentication-Results: mx.bot.test 1; {PASS}\n") is AuthVerdict.PASS
