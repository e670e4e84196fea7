""""Time to" takes a verb in the idiom ("take the time to reply", "it's high time to answer"): a noun after it
("time to first response", "time to resolution") names the span measured, whatever stands before it (metric_frames.toml
[time_to_nouns])."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "We also track reach and saves.\n"


@pytest.mark.parametrize("said", [
    "The support category has a high time to first response.",
    "We had a time to first response of two hours last month.",
    "Our team has a good time to resolution on tickets.",
    "Weekend tickets have a longer time to first response.",
])
def test_a_noun_after_time_to_is_the_span_measured(said: str) -> None:
    judgement = judge_rules(f"{said} {_REST}", EvaluationSettings())
    assert judgement.criteria["metrics"].met, judgement.criteria["metrics"]


@pytest.mark.parametrize("said", [
    "I always take the time to respond to everyone.",
    "It's high time to answer the backlog.",
    "Make sure you have time to first reply to them kindly.",
])
def test_a_verb_after_time_to_is_still_the_idiom(said: str) -> None:
    judgement = judge_rules(f"{said} {_REST}", EvaluationSettings())
    assert not judgement.criteria["metrics"].met, judgement.criteria["metrics"]
