"""Issue 9's cost of an ordinary reply: the first letters of a reply's words and sentences (letter_codes.initials)
are searched for the manipulation lexicon's phrases run together ("ignoreallpreviousinstructions"), 300-odd of
them. Each was tried in turn on every reply; a short run is now searched only for the phrases that start like one
of its three-letter pieces, and must find the same phrases, in the same order."""

from __future__ import annotations

import random

from bot.evaluation import letter_codes
from bot.evaluation.letter_codes import compact_phrases, compact_phrases_in
from tests.evaluation.steps import steps


def _run(rng: random.Random, size: int) -> str:
    """Letters as initials read them: pieces of the phrases, whole phrases, their cuts and stray letters."""
    phrases = compact_phrases()
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        phrase = rng.choice(phrases)
        pick = rng.random()
        if pick < 0.3:
            parts.append(phrase)
        elif pick < 0.6:
            cut = rng.randrange(1, len(phrase))
            parts.append(phrase[:cut] if rng.random() < 0.5 else phrase[cut:])
        else:
            parts.append("".join(rng.choice("abcdeilmnoprstuvy") for _ in range(rng.randint(1, 6))))
    return "".join(parts)[:size]


def test_a_run_of_initials_holds_the_phrases_it_held_when_each_was_tried_in_turn() -> None:
    rng = random.Random(9)
    for _ in range(2_000):
        run = _run(rng, rng.choice([3, 9, 20, 40, 80, 200, 256, 257, 600]))
        assert compact_phrases_in(run) == [p for p in compact_phrases() if p in run], run


def test_the_initials_of_a_short_reply_are_not_tried_against_every_phrase() -> None:
    reply = ("I schedule with Buffer and design in Figma.\nMetrics: engagement rate, reach and response time.\n"
             "Tip: answer angry customers by name and move the conversation to DMs.\n")
    # A Python step per phrase asked (300-odd); by its pieces, a step per piece of the run and per phrase that
    # starts like one.
    assert steps(lambda: compact_phrases_in(letter_codes.initials(reply)[0][1]), [letter_codes.__file__]) < 120
