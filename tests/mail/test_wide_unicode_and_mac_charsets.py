"""Issue 9 item 8 (charset oddities): a text part in UTF-16 without a byte order mark (charset=utf-16le) holds only
ASCII bytes when its letters are Latin, a zero byte beside each, and was read as ASCII: the answer came out with a
NUL between its letters. Old Macs and Eudora declared Apple's charsets by their x-mac- names ("x-mac-roman"), which
no codec knew, so the text was guessed and its accents read wrong."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(
    ("scenario", "answer"),
    [
        ("text_in_utf16_little_endian_without_a_bom", "I use Metricool and Canva every day."),
        ("text_in_a_mac_charset_by_its_apple_name",
         "Ich nutze Metricool täglich."),
    ],
)
def test_the_text_reads_as_written(parsed: Callable[[str], ParsedMail], scenario: str, answer: str) -> None:
    assert parsed(scenario).reply_text == answer


def test_ascii_text_a_mailer_declared_utf16_stays_ascii(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("ascii_text_declared_utf16").reply_text == "I use Metricool and Canva every day."
