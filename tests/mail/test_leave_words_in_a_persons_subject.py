"""Issue 9 item 8, class "an out-of-office word in a person's subject": a subject opening with a word of leave
("Urlaub", "Ferie", "Away until", "Absence") made an automatic reply of a person's answer that merely starts so
("Urlaub vorbei – meine Antworten"), while "Away" and "Vacation until 14 December" on a notice were read as
replies. Such a word now counts when it labels the subject (alone, or before a colon and the subject answered) or
when the text says its author is away."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("language", ["de", "da", "en", "and_a_year"])
def test_a_persons_subject_opening_with_a_leave_word_is_a_reply(
    parsed: Callable[[str], ParsedMail], language: str
) -> None:
    mail = parsed(f"reply_subject_opening_with_a_leave_word_{language}")
    assert mail.kind is MailKind.REPLY
    assert "Canva" in mail.reply_text


@pytest.mark.parametrize(
    "scenario",
    [
        "out_of_office_subject_vacation_with_a_date",
        "out_of_office_subject_away_alone",
        # The word with the date the absence lasts to labels the subject; so does a text saying its author cannot be
        # reached ("I am not available until ...", "nicht erreichbar").
        "out_of_office_subject_leave_with_its_end_date_de",
        "out_of_office_subject_absent_not_reachable_en",
    ],
)
def test_a_notice_titled_with_a_leave_word_is_an_automatic_reply(
    parsed: Callable[[str], ParsedMail], scenario: str
) -> None:
    assert parsed(scenario).kind is MailKind.AUTO_REPLY
