"""Issue 9 item 8, class "out-of-office notices in further languages": a subject of one word for being on leave
("Отпуск: ...", "Dovolená: ...", "En vacances : ...") was not read as an automatic answer, nor were a helpdesk's
acknowledgements of a new request sent without an automatic-reply header (Freshdesk's default "Ticket Received -
...", osTicket's "Support Ticket Opened [#...]", "[Ticket #48213] Your request has been received"). They start the
subject (after tags), so a person's "Re: Vacances et réseaux sociaux" stays a reply; and words a candidate may title
a new message with ("Thanks for your inquiry") are not among them."""

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
    "helpdesk_acknowledgement_support_ticket_opened",
])
def test_leave_subjects_and_helpdesk_acknowledgements_are_automatic_replies(parsed: Callable[[str], ParsedMail],
                                                                            fixture: str) -> None:
    mail = parsed(fixture)
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


@pytest.mark.parametrize("fixture", ["reply_whose_subject_speaks_of_holidays",
                                     "new_message_titled_thanks_for_your_inquiry"])
def test_a_persons_subject_with_such_words_is_a_reply(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    """Guards: the words count at the start of a subject, not after "Re:"; a thank-you title is a person's."""
    assert parsed(fixture).kind is MailKind.REPLY
