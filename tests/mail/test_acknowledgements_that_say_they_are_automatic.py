"""Issue 9 item 8 (auto-replies without RFC 3834 headers): a helpdesk's or host's acknowledgement sent as a plain
reply ("Re:" subject, no Auto-Submitted, no vendor header) that says of itself "This is an automated response",
"Dies ist eine automatisch generierte Antwort", "本メールは自動送信です" was judged as the candidate's answer. Such a
sentence opening the text, or opening a sentence near its top, makes an automatic reply; a person who quotes the
words inside their own sentence stays a reply."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(
    "scenario",
    [
        "acknowledgement_that_says_it_is_automatic",
        "acknowledgement_that_says_it_is_automatic_german",
        "acknowledgement_that_says_it_is_automatic_japanese",
    ],
)
def test_an_acknowledgement_that_says_it_is_automatic_is_an_automatic_reply(
        parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_person_quoting_such_words_in_a_sentence_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("persons_answer_naming_an_automated_message")
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text.startswith("I use Metricool and Canva every day.")
