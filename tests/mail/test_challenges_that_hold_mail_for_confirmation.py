"""Issue 9 item 8, challenge-response: a screening filter that keeps a guest list ("has been waitlisted", "add
yourself to my Guest List"), one that holds the message until its sender confirms it ("held until you confirm",
"delivered once you confirm"), and a French service's "en attente de validation", each with its link, from the
recipient's own address and no automatic-reply header: read as the candidate's reply."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["challenge_guest_list_waitlisted", "challenge_held_until_you_confirm",
                                     "challenge_validation_in_french"])
def test_the_filters_notice_is_an_automatic_reply(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    assert parsed(fixture).kind is MailKind.AUTO_REPLY


def test_a_guest_list_in_a_persons_reply_with_a_link_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("guest_list_in_a_persons_reply").kind is MailKind.REPLY
