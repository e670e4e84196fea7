"""Striking back, warned against, is a tip (issue 9 item 3): "Whatever you do, don't go into counterattack", "Don't
immediately take offense or attack back" advise against what works against the tip, as "never fight back" does, and
the negation reaches over a verb and "into" before it, and over "or" to the action joined to the one it denies
("Don't yell or argue back" denies both). A good quality denied of what the reply points at ("However,
its not very professional, and it will only intensify the conflict") judges the behaviour warned against: it is no
advice to be unprofessional. Said of the speaker, it still is anti advice."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: reach, engagement rate and response time.\n\n"


def _tip(tip: str) -> tuple[bool, tuple[str, ...]]:
    result = judge_rules(f"{_ANSWERS}Tip: {tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    return result.met, result.notes


@pytest.mark.parametrize("tip", [
    "Whatever you do, don't go into counterattack.",
    "Don't immediately take offense or attack back.",
    "Never counter-attack, even when they are rude.",
    "Try not to take offence.",
    "Don't yell or argue back.",
    "Never yell at them, or insult them.",
])
def test_striking_back_warned_against_is_a_tip(tip: str) -> None:
    assert _tip(tip)[0]


@pytest.mark.parametrize("tip", ["Attack back, hard.", "I always counterattack."])
def test_striking_back_told_as_a_way_is_no_tip(tip: str) -> None:
    assert not _tip(tip)[0]


@pytest.mark.parametrize("judgement", [
    "However, its not very professional, and it will only intensify the conflict.",
    "That is not professional.",
    "It's not kind either.",
])
def test_a_quality_denied_of_what_is_pointed_at_is_no_anti_advice(judgement: str) -> None:
    _met, notes = _tip(f"Whatever you do, don't get into a fight with them. {judgement}")
    assert not any(n.startswith("anti advice") for n in notes), notes


def test_a_quality_denied_of_the_speaker_is_anti_advice() -> None:
    met, notes = _tip("I'm not professional with them.")
    assert not met and any(n.startswith("anti advice") for n in notes), notes


@pytest.mark.parametrize("tip", ["Ignore them or block them.", "If you don't listen or argue back, nothing changes."])
def test_or_joins_no_denial_that_is_not_there(tip: str) -> None:
    assert not _tip(tip)[0]
