"""Counted things listed in the singular are metrics (issue 9 item 2, "likes, comments and shares"
(three), however people phrase it): "I count each like, comment, save and share" names four. Alone, the
same words name nothing: "I like this job", "one share from a member"."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_list_of_counted_things_in_the_singular_names_metrics(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_counted_in_the_singular"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("like", "comment", "save", "share")
    assert judgement.verdict == Verdict.PASS


def test_the_same_words_alone_name_no_metric(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("trap_singular_words_that_name_no_metric"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("reach",)
    assert judgement.verdict == Verdict.FAIL
