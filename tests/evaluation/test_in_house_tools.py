"""A tool the candidate's team built is a clearly described tool (issue 9 item 1, DESIGN.md's "a clearly described
tool type"): "We are using an in-house tool to perform our audit" names one tool, however many in-house things the
reply mentions (tool_types.txt counts a kind once). Only in use: an in-house tool someone else has is none of theirs."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: time on site, bounce rate and pages visited.\n\nTip: take a breath before replying.\n\nThanks"


def _tools(answer: str) -> tuple[bool, tuple[str, ...]]:
    criterion = judge_rules(f"Hello,\n\n{answer}{_REST}", EvaluationSettings()).criteria["tools"]
    return criterion.met, criterion.evidence


@pytest.mark.parametrize("answer", [
    "Tools: We are using an in-house tool to perform our audit, and Google Analytics for the site.",
    "We track every complaint in a home-grown tool and schedule posts with Buffer.",
    "Our self-built tools cover the ticket history; Hootsuite covers publishing.",
    "Tools: Lithium runs the forum. For the history of each customer's issues, we wrote our own system, from "
    "scratch.",
])
def test_an_in_house_tool_in_use_counts(answer: str) -> None:
    met, evidence = _tools(answer)
    assert met and len(evidence) == 2, evidence


def test_in_house_things_count_once() -> None:
    met, evidence = _tools("We use an in-house tool for audits and an in-house dashboard for reports.")
    assert not met and len(evidence) == 1, evidence


def test_someone_elses_in_house_tool_is_not_theirs() -> None:
    met, evidence = _tools("I don't use any in-house tool; Google Analytics is all I have.")
    assert not met, evidence
