"""Issue 9 item 8, bounces whose wording is not in the lists: a mail system titles its failure notice in words the
subject list lacks but the text's list holds ("Mailbox full", "Non è stato possibile recapitare il messaggio",
"配信できませんでした"), over a text in words of its own ("has reached its limit", "ha restituito"). Sent by a daemon,
postmaster or a gateway's name (RFC 5321 section 4.5.1), with X-Failed-Recipients or a null envelope, the subject
is a machine's, and its failure wording says what the notice is. From a person the same words stay a subject."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["bounce_mailbox_full_subject_only", "bounce_italian_failure_subject_only"])
def test_a_mail_systems_subject_in_failure_words_makes_a_bounce(parsed: Callable[[str], ParsedMail],
                                                                 fixture: str) -> None:
    assert parsed(fixture).kind is MailKind.BOUNCE


def test_a_persons_subject_in_the_same_words_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("persons_subject_in_failure_words")
    assert mail.kind is MailKind.REPLY
    assert "Buffer" in mail.reply_text
