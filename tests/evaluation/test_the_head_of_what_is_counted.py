"""What a quantity counts is the head of its noun phrase (issue 9 item 2): "the number of first time posters" counts
posters, not time, so it stays apart from "the average time to first response"; a plural right after the quantity
("the number of posts per day") is its own head."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I use Hootsuite and Canva.\n\n"
_TIP = "\n\nListen first, then apologise."


@pytest.mark.parametrize(("said", "named"), [
    ("I watch the number of first time posters.", "number of first time posters"),
    ("I watch the number of first-time posters.", "number of first-time posters"),
    ("I watch the number of posts per day.", "posts per day"),
])
def test_the_plural_the_words_before_it_modify_is_counted(said: str, named: str,
                                                         thresholds: EvaluationSettings) -> None:
    assert judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"].evidence == (named,)


def test_posters_and_a_time_are_two_metrics(thresholds: EvaluationSettings) -> None:
    said = "I watch the number of first time posters, the average time to first response and the reach."
    assert len(judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"].evidence) == 3
