"""Issue 9 item 8, automatic replies with RFC 3834 headers missing: a mailbox kept after its owner left answers every
message with a notice ("Priya Shah has left the company and this mailbox is no longer monitored. For urgent matters
please contact ..."), often from a rule or a host's responder that adds no Auto-Submitted header and keeps "Re:".
It said nothing the away phrases knew, so it was read as the candidate's answer (and failed). It is recorded as an
automatic reply; a person who says their old mailbox is no longer read and then answers stays a reply."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_the_notice_is_an_automatic_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("ooo_owner_has_left_as_plain_reply")
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_person_who_answers_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("persons_answer_from_a_mailbox_no_longer_monitored")
    assert mail.kind is MailKind.REPLY
    assert "Buffer" in mail.reply_text
