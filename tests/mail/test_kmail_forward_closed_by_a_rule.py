"""Issue 9 item 8, text after forwarded blocks: KMail forwards inline under "----------  Forwarded Message
----------" (two spaces inside its rules) and closes the forwarded message with a bare rule of dashes. The rule was
not read as the forward's end, so what the sender wrote under it was dropped with the forward. Under a marker not
framed so, a bare rule closes nothing: the forwarded message goes on."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_the_text_under_the_closing_rule_is_the_senders(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("kmail_forward_closed_by_a_bare_rule").reply_text
    assert text.startswith("Here are the questions I was sent")
    assert text.endswith("check reach and saves every Monday.")
    assert "Which tools do you use" not in text


def test_a_bare_rule_inside_another_clients_forward_closes_nothing(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("bare_rule_inside_a_gmail_forward").reply_text == "Here are the questions I was sent."
