"""Issue 9 item 8, class "legacy text no part declares": Japanese mail is ISO-2022-JP (RFC 1468), 7-bit, its kana
and kanji between "ESC $ B" and "ESC ( B". Old mailers leave the charset parameter out or say us-ascii; the text was
then read as ASCII, escapes and letter pairs, and the answer was lost. The escape sequence names the charset: a text
that declares none (or us-ascii) and holds one is read as ISO-2022-JP; a declared charset is read as declared."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.charset import decode_bytes
from bot.mail.message import ParsedMail

TEXT = "アンケートへの回答です。\nBufferで投稿を予約し、毎週リーチと保存数を確認しています。"


def test_japanese_text_without_its_charset_is_read(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("japanese_text_without_its_charset")
    assert mail.reply_text == TEXT
    assert mail.subject == "Re: 三つの質問"


@pytest.mark.parametrize("declared", [None, "us-ascii", "", "unknown-8bit"])
def test_the_escapes_name_the_charset(declared: str | None) -> None:
    assert decode_bytes(TEXT.encode("iso2022_jp"), declared) == TEXT


def test_other_escapes_and_declared_charsets_are_read_as_before() -> None:
    """Guard: a terminal colour escape is no Japanese text, and a declared charset is not second-guessed."""
    assert decode_bytes(b"build \x1b[31mfailed\x1b[0m") == "build \x1b[31mfailed\x1b[0m"
    assert decode_bytes(b"\x1b$B$3\x1b(B", "utf-8") == "\x1b$B$3\x1b(B"
