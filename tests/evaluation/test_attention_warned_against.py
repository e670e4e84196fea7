"""Attention warned against sets a metric aside (issue 9 item 4: negation with scope): "Focusing too much on
month-over-month traffic growth distracts you from this important work" watches no traffic growth, as "X matters more
than traffic" does not (negation.toml [phrase], up to the next comma). Spending too much time on a tool says nothing
of the metrics named after it."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI publish with Hootsuite and design in Canva.\n\n"
_TIP = "\n\nTip: listen first and apologise to angry customers.\n\nThanks"


def _metrics(answer: str) -> tuple[str, ...]:
    return judge_rules(f"{_TOOLS}{answer}{_TIP}", EvaluationSettings()).criteria["metrics"].evidence


def test_a_metric_focused_on_too_much_is_set_aside() -> None:
    evidence = _metrics("Metrics: Website conversion and engagement metrics are much more important than traffic "
                        "numbers. Focusing too much on month-over-month traffic growth distracts you from this work.")
    assert "traffic" not in " ".join(evidence).lower() and len(evidence) == 2, evidence


def test_the_metrics_after_the_comma_still_count() -> None:
    evidence = _metrics("Metrics: I spend too much time on Hootsuite reports, but reach, saves and CTR are what I "
                        "watch.")
    assert evidence == ("reach", "saves", "CTR"), evidence
