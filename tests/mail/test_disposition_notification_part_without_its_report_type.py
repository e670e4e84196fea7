"""Issue 9 item 8, message kinds: RFC 8098 asks for a read receipt as multipart/report with
report-type=disposition-notification; some clients and webmail send the message/disposition-notification part inside
multipart/mixed, or with the report-type left out or misnamed. Only the report-type was read, so such a receipt (its
text "has been displayed") was read as the candidate's reply. The part says what the message is."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_the_receipt_is_an_automatic_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("receipt_disposition_part_in_a_mixed_message")
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""
