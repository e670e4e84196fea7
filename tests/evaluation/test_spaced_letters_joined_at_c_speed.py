"""Issue 10 (no message takes more than 1 s to judge per MB): a run of spaced-out letters ("i g n o r e a l l ...")
was read as its letters by a regex substitution of each non-word character, 170 us over 2,000 characters, and twice
a text (obfuscation._joined for the text's reading with the disguise undone, spaced_letter_runs for its runs); _joined
also split each run at its wider gaps with a regex scan. The run's spacing (_SPACING's characters, all it holds
besides letters) is now dropped with str.translate, and a run is split only when it holds what a gap is made of.

Compared here with the forms before on random texts of letters (ASCII or not, digits among them) spaced out with every
spacing character, one to four of them, wider gaps, " / " and " | ", among ordinary words: the same readings and
runs. And the characters dropped are those of _SPACING that are no word character."""

from __future__ import annotations

import random
import re

from bot.evaluation import obfuscation
from bot.evaluation.obfuscation import _SPACED, _WORD_GAP, disguises_undone, spaced_letter_runs

_NOT_A_WORD_CHARACTER_AS_BEFORE = re.compile(r"[^\w]")


def _joined_as_before(match: re.Match[str]) -> str:
    return " ".join(_NOT_A_WORD_CHARACTER_AS_BEFORE.sub("", word) for word in _WORD_GAP.split(match.group()))


def _runs_as_before(text: str) -> list[str]:
    plain = obfuscation._plain(text)
    if not obfuscation._may_be_spaced(plain):
        return []
    return [_NOT_A_WORD_CHARACTER_AS_BEFORE.sub("", m.group()).lower() for m in _SPACED.finditer(plain)]


_LETTERS = [*"ignoreALLprvus", "é", "Ж", "ß", "ı", "7", "_"]
_SPACING = [*" \t.-_*·,|/+~•", "  ", "   ", " / ", " | ", "\t\t", " \t", "\n", "x"]


def _text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 60)):
        parts.append(rng.choice(_LETTERS) if rng.random() < 0.85 else rng.choice(["ignore", "all", "the", "42"]))
        parts.append(rng.choice(_SPACING) if rng.random() < 0.3 else rng.choice([" ", " ", " ", "  "]))
    return "".join(parts)


def test_runs_read_as_the_substitution_read_them() -> None:
    rng = random.Random("spaced-letters-joined")
    runs = 0
    for _ in range(3000):
        text = _text(rng)
        plain = obfuscation._plain(text)
        for m in _SPACED.finditer(plain):
            assert obfuscation._joined(m) == _joined_as_before(m), m.group()
            runs += 1
        assert spaced_letter_runs(text) == _runs_as_before(text), text
    assert runs > 2000


def test_a_readings_text_is_the_substitution_s() -> None:
    rng = random.Random("spaced-letters-readings")
    for _ in range(300):
        text = _text(rng)
        plain = obfuscation._plain(text)
        if obfuscation._may_be_spaced(plain):
            assert _SPACED.sub(obfuscation._joined, plain) == _SPACED.sub(_joined_as_before, plain)
        disguises_undone(text)


def test_the_characters_dropped_are_the_spacing_that_is_no_word_character() -> None:
    spacing = re.compile(obfuscation._SPACING)
    listed = {chr(c) for c in range(0x30000) if spacing.fullmatch(chr(c))}
    assert listed == set(obfuscation._SPACING_CHARACTERS)
    dropped = {chr(c) for c in obfuscation._SPACING_DROPPED}
    assert dropped == {c for c in listed if re.fullmatch(r"\w", c) is None}
