"""A tool with no brand told by its work, with the device it runs on between: "an app on my phone to plan my
Instagram posts" is a scheduling tool, as "an app to schedule my posts" is (tools._TOLD_BY_ITS_WORK)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = " I also design in Canva.\n\nI watch reach, saves and CTR.\n\nTip: listen to angry customers and apologise."


@pytest.mark.parametrize("said", ["I’ve actually been using an app on my phone to plan my Instagram posts.",
                                  "We rely on a tool in our browser that helps us track mentions."])
def test_a_tool_on_a_device_told_by_its_work_counts(said: str) -> None:
    tools = judge_rules(said + _REST, EvaluationSettings()).criteria["tools"]
    assert tools.met, tools


def test_a_device_alone_is_no_tool() -> None:
    tools = judge_rules("I left my phone on the desk to plan my day." + _REST, EvaluationSettings()).criteria["tools"]
    assert not tools.met, tools
