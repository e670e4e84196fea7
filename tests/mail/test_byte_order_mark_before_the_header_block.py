"""Issue 9 item 8, message kinds: a message saved by an editor or a Windows tool may start with a UTF-8 byte order
mark before its first header field. The header block was then not found ("no header block"): the message was
unparseable, its sender unknown and its answer never read. The mark is no part of the header: the block starts
after it."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_the_message_is_read_as_if_the_mark_were_not_there(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("bom_before_the_header_block")
    assert mail.kind is MailKind.REPLY
    assert mail.from_addr == "sam.lee@mail.example"
    assert mail.reply_text.startswith("I plan posts in Buffer")
