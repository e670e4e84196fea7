"""How far a word reaches in a list of metrics (issue 9 items 2, 4).

- "how many questions get solved without us, and churn": "without" with a pronoun for its object denies that
  object only (negation.toml [not_cues]); churn was cancelled.
- "the cost per lead and the bounce rate of our landing pages": a role after a preposition is its object
  ("per lead"), not a person whose metrics follow (subjects.toml [others.prepositions]); the bounce rate was
  someone else's.
- A frame sharing some words with a named metric ("the bounce RATE OF OUR LANDING pages") is that metric, once.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "last"), [
    ("metrics_after_without_us", "churn"),
    ("metrics_cost_per_lead_then_another", "bounce rate"),
])
def test_a_metric_after_a_bounded_word_counts(scenario: str, last: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["metrics"].evidence[-1] == last
    assert judgement.verdict == Verdict.PASS


def test_a_frame_sharing_words_with_a_named_metric_is_that_metric(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_cost_per_lead_then_another"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("conversions", "cost per lead", "bounce rate")
