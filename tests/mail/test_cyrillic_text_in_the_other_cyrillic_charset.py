"""Issue 9 item 8, a class the corpus lacks (and the corpus7 leftover "a CP1251 text declared KOI8-R"): mail long
mislabelled the single-byte Cyrillic charsets as one another, and each decodes the others' bytes without error, into
letters of the wrong case in the wrong order ("ъ ОКЮМХПСЧ ..."). The declared reading is kept unless its letters read
as no language does (vowels are about 0.43 of Russian, Ukrainian or Bulgarian letters, 0.25-0.38 in such a misreading)
and another of those charsets reads them as running text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail

ANSWER = "Я планирую публикации в Hootsuite и делаю графику в Canva."


@pytest.mark.parametrize(
    "scenario", ["cyrillic_windows_1251_text_declared_koi8_r", "cyrillic_koi8_r_text_declared_windows_1251"]
)
def test_a_text_in_the_other_cyrillic_charset_is_read_as_written(
    parsed: Callable[[str], ParsedMail], scenario: str
) -> None:
    assert parsed(scenario).reply_text.startswith(ANSWER)


def test_capitals_in_their_declared_charset_stay_as_declared(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("cyrillic_capitals_in_their_declared_charset").reply_text.startswith(ANSWER.upper())
