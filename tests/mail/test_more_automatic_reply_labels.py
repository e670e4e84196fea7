"""Issue 9 item 8, out-of-office notices from more systems: responders and hosts label their notices
"Autoresponder:", "Auto-Response:", "Automated reply:", "Vacation response", "Auto-Antwort:", "Message automatique :",
"Absence du bureau", "Ausente de la oficina", or say "I am out of the office" in the subject; with no automatic-reply
header and a body that says nothing of an absence, these were judged as the candidate's reply. A person's "Re:" subject
that speaks of automated responses is theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["subject_autoresponder_label", "subject_automated_reply_label",
                                     "subject_auto_antwort_label", "subject_i_am_out_of_the_office"])
def test_the_label_makes_an_automatic_reply(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    assert parsed(fixture).kind is MailKind.AUTO_REPLY


def test_a_persons_subject_about_automated_responses_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("subject_automated_responses_in_a_persons_reply").kind is MailKind.REPLY
