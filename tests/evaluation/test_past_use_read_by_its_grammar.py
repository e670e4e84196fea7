"""Past use told by its grammar (issue 9 item 1): a tool only read about is known of, not used, as one heard about is;
a time ago after a verb of making or starting dates that start ("a spreadsheet someone built three years ago") and
takes nothing from the tools listed beside it; the simple past told with the task the sentence before named ("We
used Hootsuite for this.") narrates the candidate's work, as "for scheduling" does."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, engagement rate and response time.\n\nTip: listen first and apologise.\n\nThanks"


def _tools(answer: str) -> tuple[str, ...]:
    return judge_rules(f"Hi,\n\nTools: {answer}{_REST}", EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("known", [
    "I was reading about a new tool the other day called Buffer which lets you load up your tweets.",
    "I read about Buffer last week.",
    "I've been reading up on Buffer.",
])
def test_a_tool_read_about_is_not_used(known: str) -> None:
    assert "Buffer" not in _tools(f"{known} We also use Canva.")


def test_read_about_and_taken_up_is_used() -> None:
    assert "Buffer" in _tools("I read about Buffer and have used it ever since. We also use Canva.")


@pytest.mark.parametrize("dated", [
    "a spreadsheet someone built three years ago that is mostly accurate",
    "Sprout Social, which we set up two years ago",
    "Buffer, which we switched to a few years ago",
])
def test_a_start_dated_years_ago_cancels_nothing(dated: str) -> None:
    evidence = _tools(f"Google Analytics, Meta Ads Manager and {dated}.")
    assert "Google Analytics" in evidence and len(evidence) >= 3, evidence


def test_a_use_left_years_ago_is_still_past() -> None:
    assert "Hootsuite" not in _tools("Canva every day. I used Hootsuite years ago.")


@pytest.mark.parametrize("pointer", ["this", "that", "it"])
def test_used_for_the_task_told_before_is_use(pointer: str) -> None:
    answer = f"The team wanted a review process for every post. We used Hootsuite for {pointer}. Canva too."
    assert "Hootsuite" in _tools(answer)


@pytest.mark.parametrize("past", ["We used Hootsuite for years.", "We used Hootsuite for this before we switched."])
def test_used_for_a_time_or_before_a_switch_is_past(past: str) -> None:
    assert "Hootsuite" not in _tools(f"Canva every day. {past}")
