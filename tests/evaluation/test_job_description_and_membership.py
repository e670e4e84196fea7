"""What a job needs in general is not what the candidate uses (issue 9 item 1, es/de/fr/pt): "Un buen
community manager debe saber medir ...; herramientas como Hootsuite ... son imprescindibles" names no tool of
the candidate's. And "total membership" is the member count, a metric (issue 9 item 2)."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_tools_a_job_description_calls_essential_are_not_the_candidates(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_and_metrics_of_a_job_description_es"), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.verdict != Verdict.PASS


def test_total_membership_is_a_metric() -> None:
    found = find_metrics(Reading.of("What I watch: total membership, engagement rate and active members.", "en"))
    assert found.evidence == ("total membership", "engagement rate", "active members")
