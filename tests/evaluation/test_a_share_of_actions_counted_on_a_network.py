"""A metric of people's actions given with where it is counted (issue 9 item 2): "the comment rate on Instagram",
"the share rate in Stories", "the reply rate to DMs" are rates, as "the comment rate." is; the word after a
measure word makes a verb of it only where the measure word can be one ("count on them", "trend up")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI schedule in Later and design in Canva.\n\n"
_TIP = "\n\nTip: thank the angry person for the feedback, then fix it."


@pytest.mark.parametrize("metrics", [
    "Metrics: saves, reach and the comment rate on Instagram and TikTok.",
    "I watch the comment rate on Instagram, the share rate in Stories and the reply rate to DMs.",
])
def test_a_rate_of_actions_before_where_it_is_counted_is_a_metric(metrics: str,
                                                                  thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_TOOLS + metrics + _TIP, thresholds)
    assert judgement.criteria["metrics"].met, judgement.criteria["metrics"]


@pytest.mark.parametrize("said", ["We count on the comments.", "I watch comments and shares and how they trend up."])
def test_a_measure_word_before_a_particle_may_still_be_a_verb(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert not any(e.lower().startswith(("count", "trend")) or e.lower().endswith(("count", "trend"))
                   for e in metrics.evidence), metrics
