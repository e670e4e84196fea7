"""Issue 10 (seconds per MB): metric names typed with one slip (typos.Misspellings.find) are looked for once per
distinct word of a reply, then read at their places only in a reply holding one; compared here with reading
every word at its place, on random replies of the metric names, their slips, their own forms (a name is no
slip of itself) and ordinary words, in any case and with accents."""

from __future__ import annotations

import random

from bot.evaluation import metrics, typos
from bot.evaluation.patterns import Hit, Prepared
from bot.evaluation.tool_names import rare_word


def _find_word_by_word(misspelt: typos.Misspellings, prepared: Prepared, language: str) -> list[Hit]:
    """Misspellings.find as it was: each word read at its place."""
    out: list[Hit] = []
    for m in typos._WORD.finditer(prepared.lower):
        word = m.group()
        if not misspelt._slips.may_be_near(word) or len(word) > typos._MAX_WORD or word in misspelt._slips:
            continue
        entry = misspelt._closest_to(word)
        if entry is not None and rare_word(prepared.text[m.start() : m.end()], language):
            out.append(Hit(entry, m.start(), m.end()))
    return out


def _slips(rng: random.Random, name: str) -> str:
    i = rng.randrange(len(name))
    return rng.choice([name[:i] + name[i + 1 :], name[:i] + rng.choice("aeiouxs") + name[i:],
                       name[:i] + rng.choice("aeiouxs") + name[i + 1 :],
                       name[:i] + name[i + 1 : i + 2] + name[i : i + 1] + name[i + 2 :]])


def test_slips_looked_for_once_per_distinct_word_are_the_slips_read_word_by_word() -> None:
    """Fails if a word is asked about by its first place only where it is written differently elsewhere (the
    rarity of each place's own spelling decides), or if a reply with no slip returns anything."""
    misspelt = metrics._misspelt()
    names = sorted(misspelt._slips._values)
    assert len(names) > 20
    rng = random.Random("typos-per-word")
    words = ["reach", "the", "and", "shares", "shared", "comment", "comments", "customers", "Canva", "I", "x",
             "don't", "l'engagement", "ça", "engagement rate", "per", "week", "ſhares", "İmpressions"]
    found = 0
    for _ in range(600):
        pieces = []
        for _ in range(rng.randint(0, 60)):
            name = rng.choice(names)
            piece = rng.choice([name, _slips(rng, name), _slips(rng, name), rng.choice(words), rng.choice(words)])
            if rng.random() < 0.15:  # folded alike, rare or not as written: "engagément", "impréssions"
                piece = piece.replace("e", "é", 1)
            piece = piece.upper() if rng.random() < 0.1 else piece.capitalize() if rng.random() < 0.2 else piece
            pieces.append(piece + rng.choice([" ", " ", ", ", ". ", "\n", "-", "'", "’", "_", "1"]))
        text = "".join(pieces)
        prepared = Prepared._build(text)
        for language in ("en", "es", "de"):
            expected = _find_word_by_word(misspelt, prepared, language)
            assert misspelt.find(prepared, language) == expected, (text, language)
            found += len(expected)
    assert found > 1_000, found
    assert misspelt.find(Prepared._build("reach, reach and shares " * 50), "en") == []
