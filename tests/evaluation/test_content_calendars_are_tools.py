"""A content or editorial calendar is a described tool of social media work (issue 9 item 1, DESIGN.md: "a clearly
described tool type"): "my new best friend, content calendars! I breathe, sleep, and live off of these monthly" names
one, in whatever language ("calendario editorial", "Redaktionsplan"), counted once however many calendars a reply
names. One the candidate stopped using is none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, saves and CTR.\n\nTip: listen first and apologise to angry customers.\n\nThanks"


def _tools(answer: str) -> tuple[bool, tuple[str, ...]]:
    criterion = judge_rules(f"Hi,\n\n{answer}{_REST}", EvaluationSettings()).criteria["tools"]
    return criterion.met, criterion.evidence


@pytest.mark.parametrize("answer", [
    "Let me introduce to you my new best friend, content calendars! I breathe, sleep, and live off of these monthly. "
    "We use Brandwatch for listening.",
    "We plan every week in an editorial calendar and publish with Hootsuite.",
])
def test_a_content_calendar_is_a_tool(answer: str) -> None:
    met, evidence = _tools(answer)
    assert met and len(evidence) == 2, evidence


def test_calendars_count_once() -> None:
    met, evidence = _tools("I keep a content calendar and an editorial calendar for the team.")
    assert not met and len(evidence) == 1, evidence


def test_a_calendar_given_up_is_none() -> None:
    met, evidence = _tools("I stopped using a content calendar years ago. Hootsuite does it all now.")
    assert not met, evidence


@pytest.mark.parametrize("answer", [
    "Mostly Kurrently, plus Trello for the content calendar.",
    "The tools I use every day:\nQuillnest – keeps the content calendar and the approvals in one place\n"
    "Zorblix – queues our posts",
])
def test_a_calendar_a_named_tool_is_for_is_that_tool(answer: str) -> None:
    _, evidence = _tools(answer)
    assert "content calendar" not in evidence, evidence
