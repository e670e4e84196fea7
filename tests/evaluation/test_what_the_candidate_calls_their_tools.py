"""What the candidate calls the tools they use is a tool of theirs in whatever words: "Social channel insights are the
tools I primarily rely on", "Spreadsheets and a shared calendar are the tools we rely on" (each item of two words
or more). A pronoun ("These are the tools I use") points at tools named before and adds none; one word called a tool
is a quality as often as a thing ("Patience is one of the most valuable tools I use")."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


def _tools(sentence: str) -> tuple[str, ...]:
    return judge_rules(f"Hi,\n\nI use Buffer.\n{sentence}{_REST}", EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize(("sentence", "called"), [
    ("Social channel insights are the tools I primarily rely on to collect data.", "Social channel insights"),
    ("A shared document with saved replies is the tool I use most.", "shared document with saved replies"),
    ("A paper planner and a shared calendar are the main tools we work with.", "shared calendar"),
])
def test_what_the_candidate_calls_their_tool_is_one(sentence: str, called: str) -> None:
    assert called in _tools(sentence)


@pytest.mark.parametrize("sentence", [
    "These are the tools I use every day.",
    "Patience is one of the most valuable tools I use.",
])
def test_a_pronoun_or_a_quality_called_a_tool_adds_none(sentence: str) -> None:
    assert _tools(sentence) == ("Buffer",)

