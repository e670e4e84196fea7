"""A name as common in writing as a device or a shop ("iPhone", "iPad", "eBay": wordfreq's Zipf 4.0 and over) is no
work tool in a usage frame either ("Mobile versions include iPhone, iPad, Android and Blackberry"), as it was none in
the tools answer; rarer product names in the same frames still count, and the tools lists still know the everyday
tools (bot/evaluation/tool_names.py, `_counts`)."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _tools(text: str) -> list[str]:
    return [e.lower() for e in judge_rules(text + "\n", EvaluationSettings()).criteria["tools"].evidence]


def test_devices_a_usage_frame_names_are_no_tools() -> None:
    assert _tools("HootSuite is available in desktop and mobile versions. Mobile versions include iPhone, iPad, "
                  "Android and Blackberry.") == ["hootsuite"]


def test_rarer_names_in_the_same_frame_still_count() -> None:
    assert set(_tools("HootSuite runs on phones too. Mobile versions include Swat.io and PostPlanner.")) == {
        "hootsuite", "swat.io", "postplanner"}
