"""Outlook in Simplified Chinese prefixes its automatic replies "自动答复:" (the traditional-script "自動回覆:" and
"自动回复" were listed, this one was not): such a reply without an Auto-Submitted header was read as a person's."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_simplified_chinese_outlook_auto_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("out_of_office_outlook_simplified_chinese")
    assert mail.kind is MailKind.AUTO_REPLY
