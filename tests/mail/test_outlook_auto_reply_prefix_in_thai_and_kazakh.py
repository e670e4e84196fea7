"""Issue 9 item 8, out-of-office notices in more languages: Outlook's automatic-reply prefix in Thai
("การตอบกลับอัตโนมัติ:", the noun with its "การ": Thai writes no space between words, so the prefix listed without
it never opened the subject) and in Kazakh ("Автоматты жауап:", whose header block was read, its prefix not), from a
person's address with no automatic-reply header, were read as replies and judged as the candidate's answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["out_of_office_thai_outlook_prefix", "out_of_office_kazakh_outlook_prefix"])
def test_the_prefix_makes_an_automatic_reply(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    assert parsed(fixture).kind is MailKind.AUTO_REPLY
