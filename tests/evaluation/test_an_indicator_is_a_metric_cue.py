"""An indicator names a number read for what it tells, in English as in Spanish ("indicador") and French
("indicateur") (issue 9 item 2): "Reach is one of the best indicators of your Facebook strategy's performance" is a
sentence about metrics, so its everyday word "reach" is the metric, under no label. Where no cue stands, "reach"
stays a verb."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _metrics(paragraph: str) -> tuple[str, ...]:
    text = f"Hi,\n\nTools: Hootsuite and Canva.\n\n{paragraph}\n\nTip: listen first and apologise.\n\nThanks"
    return judge_rules(text, EvaluationSettings()).criteria["metrics"].evidence


def test_an_everyday_metric_beside_indicators_counts() -> None:
    assert "Reach" in _metrics("Reach is one of the best indicators of your Facebook strategy’s performance.")


def test_an_everyday_word_with_no_cue_is_no_metric() -> None:
    assert not _metrics("Reach out to them whenever the strategy changes.")
