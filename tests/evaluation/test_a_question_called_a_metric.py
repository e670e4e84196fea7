"""A question the candidate calls their metric, after a dash or a colon, is one metric in whatever words it asks:
"For me the most important measurement - are the people we serve leaving satisfied?", "Our key metric: do
newcomers come back?". A question after a head nobody ranks ("Metrics: what should I track?") names none."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI use Buffer and Canva every day.\n\nWe measure NPS and CES. "
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(sentence: str) -> tuple[str, ...]:
    return judge_rules(_TOOLS + sentence + _TIP, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("sentence", [
    "For me the most important measurement - are the people we serve actually leaving satisfied with the help?",
    "Our main indicator: are first-time posters still around a month later?",
])
def test_a_question_called_a_metric_is_one(sentence: str) -> None:
    found = _metrics(sentence)
    assert len(found) == 3, found


def test_a_question_after_an_unranked_head_is_none() -> None:
    found = _metrics("Metrics: what should I track next year?")
    assert len(found) == 2, found
