"""Issue 9 item 8, class "out-of-office notices in further languages": a subject of one word for being on leave
("Отпуск: ...", "Dovolená: ...", "En vacances : ...") was not read as an automatic answer, nor were a helpdesk's
acknowledgements of a new request sent without an automatic-reply header (Freshdesk's default "Ticket Received -
...", "[Ticket #48213] Your request has been received", Zammad's "Thanks for your inquiry (...)"). They start the
subject (after tags), so a person's "Re: Vacances et réseaux sociaux" stays a reply."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", [
    "out_of_office_one_word_subject_ru",
    "out_of_office_one_word_subject_cs",
    "out_of_office_one_word_subject_fr",
    "helpdesk_acknowledgement_ticket_received",
    "helpdesk_acknowledgement_tagged_request",
    "helpdesk_acknowledgement_thanks_for_your_inquiry",
])
def test_leave_subjects_and_helpdesk_acknowledgements_are_automatic_replies(parsed: Callable[[str], ParsedMail],
                                                                            fixture: str) -> None:
    mail = parsed(fixture)
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_reply_whose_subject_speaks_of_holidays_is_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: the words count at the start of a subject, not after "Re:"."""
    assert parsed("reply_whose_subject_speaks_of_holidays").kind is MailKind.REPLY
