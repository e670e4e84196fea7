"""A tool told with the faults that drove it out is no tool in use (issue 9 item 1): "TweetDeck had some memory leaks
that slowed my computer to a crawl", after why the candidate uses another, judges it unfit as "Hootsuite was overkill"
does; "..., but we still use it" takes it up."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, engagement rate and response time.\n\nTip: listen first and apologise.\n\nThanks"


def _tools(answer: str) -> tuple[str, ...]:
    return judge_rules(f"Hi,\n\nTools: {answer}{_REST}", EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("fault", ["had some memory leaks that slowed my computer to a crawl", "kept crashing",
                                   "was too buggy for our team"])
def test_a_tool_with_the_faults_that_drove_it_out_is_not_used(fault: str) -> None:
    assert "TweetDeck" not in _tools(f"I can share why I use Seesmic. TweetDeck {fault}.")


def test_a_faulty_tool_still_used_counts() -> None:
    assert "TweetDeck" in _tools("I use Seesmic. TweetDeck kept crashing, but we still use it.")
