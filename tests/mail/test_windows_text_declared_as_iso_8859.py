"""Issue 9 item 8, a class the corpus lacks: senders write windows-1250 and declare ISO-8859-2 (and so for the other
ISO 8859 charsets and their Windows code pages). The Windows page puts letters (š, ž, Ś, ź ...) where the ISO one has
C1 control characters, so "že" and "Śledzę" were read with control characters in them. A text that reads with C1
controls in its declared ISO charset is read in the Windows sibling when that one reads it without any."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(
    ("scenario", "words"),
    [
        ("windows_1250_text_declared_iso_8859_2_czech", "že mu rozumíte"),
        ("windows_1250_text_declared_iso_8859_2_polish", "Śledzę zasięg"),
    ],
)
def test_the_windows_code_page_reads_the_letters(
    parsed: Callable[[str], ParsedMail], scenario: str, words: str
) -> None:
    text = parsed(scenario).reply_text
    assert words in text
    assert not any("\x80" <= c <= "\x9f" for c in text)
