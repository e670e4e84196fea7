"""Issue 9 item 8, automatic replies from more systems: some responders write their precedence as X-Precedence
("X-Precedence: auto_reply") or stamp "X-POST-MessageClass: 9; Autoresponder" or "Delivered-To: Autoresponder", and
send the notice with a plain "Re:" subject; none of these was read, so the notice was judged as the candidate's
reply. X-Precedence: list on a post a list relayed is the list's, as Precedence: list is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["auto_reply_x_precedence", "auto_reply_post_messageclass",
                                     "auto_reply_delivered_to_autoresponder"])
def test_the_header_makes_an_automatic_reply(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    assert parsed(fixture).kind is MailKind.AUTO_REPLY


def test_a_lists_x_precedence_on_a_persons_post_keeps_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("x_precedence_bulk_through_a_list").kind is MailKind.REPLY
