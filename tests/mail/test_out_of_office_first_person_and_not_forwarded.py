"""Issue 9 item 8, out-of-office notices in further wordings: a French notice titled "Absence du bureau : <subject>"
("absence" opens persons' subjects too, so the text must say its author is away) that says it in the first person
with the date it lasts to ("Je suis absente jusqu'au 11 décembre"), and a German notice sent as a plain "AW:" reply
with no automatic reply's header (RFC 3834 asks for Auto-Submitted; Outlook's rules and many hosts' responders add
none) that says "nicht im Hause" and closes with Outlook's template wording "Ihre E-Mail wird nicht weitergeleitet"
(the mail is not passed on meanwhile). Both were read as the candidate's answer. A person back from leave who says
so and answers stays a reply."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["ooo_french_absent_until_date", "ooo_german_not_in_the_house_as_plain_reply"])
def test_the_notice_is_an_automatic_reply(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    mail = parsed(fixture)
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_person_back_in_the_house_who_answers_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("persons_answer_back_in_the_house")
    assert mail.kind is MailKind.REPLY
    assert "Hootsuite" in mail.reply_text
