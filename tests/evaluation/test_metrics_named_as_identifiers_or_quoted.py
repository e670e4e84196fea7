"""Metrics as people type them (issue 9 item 2): names written as identifiers, the way a dashboard or an export
labels them ("time_to_first_response", "engagement_rate"), are their words; a counted thing named in the
singular inside quote marks ("a ‘share’ says more than a ‘like’") is the thing's name, where unquoted ("I like
it when a comment ...") the same words name nothing."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_metric_names_written_as_identifiers_count(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_written_as_identifiers"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("dau", "engagement_rate", "time_to_first_response")
    assert judgement.verdict == Verdict.PASS


def test_counted_things_in_quote_marks_count_in_the_singular(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_singulars_in_quote_marks"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("Reach", "share", "like", "save")
    assert judgement.verdict == Verdict.PASS


def test_the_same_singulars_unquoted_name_nothing(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_singulars_unquoted"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("reach",)
    assert judgement.verdict == Verdict.FAIL
