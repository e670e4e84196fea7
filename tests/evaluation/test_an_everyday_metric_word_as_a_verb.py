"""An everyday word that may name a metric, right after a third person's subject, is their verb (issue 9 item 2):
"She likes the idea", "He likes the idea" count nothing; "I watch likes, shares and comments" still counts three."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I schedule in Hootsuite and design in Canva.\n\n"


@pytest.mark.parametrize("said", [
    "She likes the idea of a weekly report, which leaves room for everyone.",
    "He likes the idea of a weekly report.",
])
def test_a_verb_after_its_subject_is_no_metric(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said, thresholds).criteria["metrics"]
    assert not {"likes", "leaves", "joins"} & {e.lower() for e in metrics.evidence}, metrics


def test_the_words_as_metrics_still_count(thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + "I watch likes, shares and comments.", thresholds).criteria["metrics"]
    assert metrics.evidence == ("likes", "shares", "comments"), metrics
