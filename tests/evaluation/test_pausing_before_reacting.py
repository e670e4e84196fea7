"""Pausing before reacting is pausing before the answer, as "before responding" and "before you reply" were
(tips.toml [actions]): "it is much better to take a step back, a deep breath and to draw up a plan before
reacting" holds two actions, and in the answer numbered 3 it is the tip. "Reacting" alone, with no pause before
it, is no action ("Reacting fast is part of the job")."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

_BEFORE = "1.\nHootsuite\nSalesforce\n\n2.\nI look at reach, saves and shares.\n\n3.\n"


def test_a_pause_before_reacting_is_the_tip() -> None:
    found = find_tip(Reading.of(_BEFORE + "While it is tempting to act fast, it is much better to take a step back, a "
                                "deep breath and to draw up a plan before reacting.", "en"))
    assert found.count >= 1 and not found.unsure


def test_before_you_react_is_the_same() -> None:
    found = find_tip(Reading.of(_BEFORE + "Always pause for a minute before you react.", "en"))
    assert found.count >= 1


def test_reacting_with_no_pause_is_no_action() -> None:
    found = find_tip(Reading.of(_BEFORE + "Reacting fast is part of the job in our team.", "en"))
    assert found.count == 0
