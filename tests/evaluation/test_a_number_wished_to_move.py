"""A counted quantity one wants to see move is watched (issue 9 item 2): "you want to see the number of first time
posters go up each month" names a metric, as "the number of first time posters is growing" does. The words that say it
moves count nothing alone ("Prices go up every year")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I use Hootsuite and Canva.\n\n"
_TIP = "\n\nListen first, then apologise."


@pytest.mark.parametrize("said", [
    "New people mean fresh content in your community, so you want to see the number of first time posters go up each "
    "month.",
    "We want to see the number of first time posters go down never.",
])
def test_the_number_wished_to_move_is_a_metric(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert metrics.evidence == ("number of first time posters",), metrics


def test_a_move_with_no_number_is_none(thresholds: EvaluationSettings) -> None:
    assert judge_rules(_TOOLS + "Prices go up every year." + _TIP, thresholds).criteria["metrics"].evidence == ()
