"""Issue 9 item 8, the last session's leftover "bulk mail read as automatic": a newsletter's Precedence: bulk made it
an automatic reply, so its text was never read. RFC 3834 §3.1.8 names both uses of that precedence; a mailing sent to
many says so with List-Unsubscribe (RFC 2369, RFC 8058) and answers no message, while an automatic reply names the
message it answers (RFC 3834 §3.1.5) and stays one, List-Unsubscribe or not."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_a_newsletter_with_precedence_bulk_is_no_automatic_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("newsletter_precedence_bulk")
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text.startswith("This week: five ways to run an AMA")


def test_an_acknowledgement_that_answers_our_message_stays_an_automatic_reply(
    parsed: Callable[[str], ParsedMail],
) -> None:
    assert parsed("auto_reply_precedence_bulk_with_list_unsubscribe").kind is MailKind.AUTO_REPLY
