"""A support desk or a service desk is the helpdesk tool by another name (issue 9 item 1, DESIGN.md: "a clearly
described tool type"): "Double check Socials/Discord/Forums/Support desk" and "we answer in our service desk" name a
helpdesk, counted once with any other name for it."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, saves and CTR.\n\nTip: listen first and apologise to angry customers.\n\nThanks"


def _tools(answer: str) -> tuple[str, ...]:
    return judge_rules(f"Hi,\n\n{answer}{_REST}", EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("answer", [
    "I publish with Buffer and answer every ticket in our support desk.",
    "I publish with Buffer; complaints land in the service desk.",
])
def test_a_support_desk_is_a_tool(answer: str) -> None:
    evidence = _tools(answer)
    assert len(evidence) == 2 and "Buffer" in evidence, evidence


def test_desk_names_count_once() -> None:
    assert len(_tools("Complaints land in the service desk, which is our help desk for everything.")) == 1
