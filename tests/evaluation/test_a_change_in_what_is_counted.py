"""How much a count moved names a metric, as "growth in" does: "the net increase in newsletter signups", "a drop
in active members" (metric_frames.toml [quantities])."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("moved", ["the net increase in forum members", "any drop in newsletter signups",
                                   "the decline in weekly posters"])
def test_a_change_in_a_count_is_a_third_metric(moved: str) -> None:
    judgement = judge_rules(f"Each month I report reach, saves and {moved}.\n", EvaluationSettings())
    assert judgement.criteria["metrics"].met
