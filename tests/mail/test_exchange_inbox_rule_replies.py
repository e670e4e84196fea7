"""Issue 9 item 8 (auto-replies without RFC 3834 headers): an Exchange or Outlook inbox rule that answers with a
template keeps the subject it answers, adds no automatic reply's header and says only "when I return"; Exchange
stamps what an inbox rule sends (a template reply, a forward, a redirect) with X-MS-Exchange-Inbox-Rules-Loop to
count its loops, and that header marks it. A person's reply through Exchange carries other X-MS- headers and stays a
reply."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_an_inbox_rules_template_reply_is_an_automatic_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("out_of_office_template_reply_by_an_exchange_inbox_rule")
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_persons_reply_through_exchange_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("persons_reply_through_exchange")
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text == "I use Metricool and Canva every day."
