"""Issue 9 item 8, a class the corpus lacks: Microsoft 365 puts its first contact safety tip over a message from a
sender the mailbox seldom gets mail from ("You don't often get email from sam@en.example. Learn why this is
important", linked to aka.ms/LearnAboutSenderIdentification), and a candidate's first answer to the bot is such a
message when the bot's mailbox is on Microsoft 365. The tip was read as the candidate's first words ("Learn why this
is important" reads as advice); it is set aside as a gateway's note is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text


@pytest.mark.parametrize(
    ("scenario", "first_words"),
    [
        ("first_contact_safety_tip_over_a_plain_reply", "I schedule in Buffer"),
        ("first_contact_safety_tip_over_an_html_reply", "I schedule in Buffer"),
        ("first_contact_safety_tip_over_a_plain_reply_german", "Ich plane mit Hootsuite"),
    ],
)
def test_the_tip_is_no_part_of_the_reply(parsed: Callable[[str], ParsedMail], scenario: str, first_words: str) -> None:
    text = parsed(scenario).reply_text
    assert text.startswith(first_words)
    assert "often" not in text and "oft" not in text


def test_the_senders_own_sentence_about_rare_mail_stays() -> None:
    text = "I don't often get email from clients, so I use Buffer.\n\nI watch reach."
    assert extract_new_text(text) == text
