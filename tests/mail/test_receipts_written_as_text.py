"""Issue 9 item 8, a class the corpus lacks: a read or delivery receipt written as text rather than as an RFC 8098
report (Outlook's and Exchange's "Read: <subject>" over "Your message ... was read on ...", in German "Gelesen:" over
"... gelesen", Lotus Notes' "Return Receipt" over "... was received by ...") was read as the candidate's reply and
judged. The receipt's subject and its wording together make it an automatic reply; the subject's word alone does
not ("Read: my answers ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(
    "scenario", ["read_receipt_as_text_outlook", "read_receipt_as_text_german", "return_receipt_lotus_notes"]
)
def test_a_receipt_written_as_text_is_an_automatic_reply(parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_persons_subject_opening_with_read_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("reply_subject_opening_with_read")
    assert mail.kind is MailKind.REPLY
    assert "Buffer" in mail.reply_text
