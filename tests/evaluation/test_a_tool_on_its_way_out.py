"""A tool the candidate plans to leave is on its way out (negation.toml [soft_after]): "We've used Orbit and plan to
stop using it" names no tool they use, unless the reply says they use it now ("We use Orbit but plan to drop it")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = " I also schedule in Hootsuite.\n\nI watch reach, saves and response time.\n\nTip: listen and apologise."


@pytest.mark.parametrize("leaving", ["We’ve used Orbit and plan to stop using it.",
                                     "We've had Orbit for a year and are about to cancel it.",
                                     "Orbit is something we plan to get rid of."])
def test_a_tool_about_to_be_left_is_not_counted(leaving: str) -> None:
    tools = judge_rules(leaving + _REST, EvaluationSettings()).criteria["tools"]
    assert tools.evidence == ("Hootsuite",), tools


def test_a_tool_used_now_is_counted_whatever_the_plan() -> None:
    tools = judge_rules("We use Orbit but plan to stop using it." + _REST, EvaluationSettings()).criteria["tools"]
    assert tools.met, tools
