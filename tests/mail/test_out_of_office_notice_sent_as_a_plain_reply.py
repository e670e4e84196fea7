"""Issue 9 item 8, a class the corpus lacks: an out-of-office notice sent as a plain reply, with no automatic
reply's header and a "Re:" subject (an Outlook rule "reply using a specific template", a host's responder that adds
no header), was judged as the candidate's answer: a fail, and an "incomplete" receipt mailed to an absent person. Its
new text is short, says near the top that the author is away and closes as a notice does ("For urgent matters,
please contact ...", "nach meiner Rückkehr"): an automatic reply, recorded and never judged."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_notice_sent_as_a_plain_reply_is_an_automatic_reply(
    parsed: Callable[[str], ParsedMail], language: str
) -> None:
    mail = parsed(f"out_of_office_as_a_plain_reply_{language}")
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_an_answer_from_someone_on_leave_is_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: being away and saying more later is a person's, without a notice's closing."""
    mail = parsed("reply_on_leave_with_its_answers")
    assert mail.kind is MailKind.REPLY
    assert "Buffer" in mail.reply_text
