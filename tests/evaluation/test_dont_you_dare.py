"""An emphatic negation negates: "don't you dare ignore it", "don't you ever argue back" advise against ignoring and
arguing, as "don't ignore it" does; they are no anti advice (advice._NEGATED_BEFORE reaches over "you dare" and
"you ever")."""

from __future__ import annotations

import pytest

from bot.evaluation.advice import negated_before
from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

_BEFORE = "I schedule with Buffer and design in Canva.\n\nI watch reach, engagement rate and follower growth.\n\n"


@pytest.mark.parametrize(("text", "word"), [
    ("When someone does take the time to complain, don't you dare ignore it!", "ignore"),
    ("Don't you ever argue back.", "argue"),
    ("Don't ignore it.", "ignore"),
])
def test_an_emphatic_negation_negates(text: str, word: str) -> None:
    assert negated_before(text, text.index(word))


def test_you_dare_alone_negates_nothing() -> None:
    assert not negated_before("You dare ignore it.", len("You dare "))


def test_dont_you_dare_ignore_a_complaint_is_a_tip() -> None:
    found = find_tip(Reading.of(_BEFORE + "When someone does take the time to complain, don't you dare ignore it!",
                                "en"))
    assert found.count >= 1
