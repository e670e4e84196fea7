"""A planning app is a kind of tool as a scheduling app is (tool_types.txt): "I plan the grid in a planning app" names
one tool, and the two names of the same kind count once."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nTip: listen to angry customers and apologise."


def test_a_planning_app_is_a_tool() -> None:
    tools = judge_rules("I plan the grid in a planning app and design in Canva." + _REST, EvaluationSettings())
    assert tools.criteria["tools"].met, tools.criteria["tools"]


def test_a_planning_app_and_a_scheduling_app_are_one_kind() -> None:
    text = "I plan the grid in a planning app, then queue it in a scheduling app." + _REST
    assert judge_rules(text, EvaluationSettings()).criteria["tools"].evidence == ("planning app",)
