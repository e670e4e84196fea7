"""Calibrated doubt for metrics (issue 9 item 5): items of a list of metrics that no list or grammar
knows ("story completion", "webinar badge unlocks") are not counted, but when they would make up the
shortfall a person decides instead of a fail. Fillers, a list given up and someone else's list raise
no doubt: those replies still fail."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "doubtful"), [
    # "Numbers I put in the Friday report: story completion, link taps, DMs received."
    ("metrics_listed_after_a_colon_one_known", ("story completion", "DMs received")),
    # "I keep an eye on replies per thread, webinar badge unlocks and link taps."
    ("metrics_list_with_a_long_unknown_item", ("webinar badge unlocks",)),
])
def test_unknown_items_of_a_list_of_metrics_send_the_reply_to_a_person(
        scenario: str, doubtful: tuple[str, ...], thresholds: EvaluationSettings) -> None:
    text = reply(scenario)
    finding = find_metrics(Reading.of(text, "en"), doubt_below=thresholds.min_metrics)
    assert finding.doubtful == doubtful
    assert finding.count < thresholds.min_metrics  # never counted: doubt is no evidence
    judgement = judge_rules(text, thresholds)
    assert not judgement.criteria["metrics"].met
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert "unsure:metrics" in judgement.reasons
    assert any("unconfirmed: " + doubtful[0] in note for note in judgement.criteria["metrics"].notes)


@pytest.mark.parametrize("scenario", [
    # "What I watch: everything, really, and more." names nothing.
    "metrics_colon_list_of_fillers",
    # "Metrics I stopped reporting on: ..." and "My boss reports on: ...": not the candidate's.
    "metrics_colon_list_given_up",
    "metrics_colon_list_of_someone_elses",
])
def test_a_list_that_names_nothing_the_candidate_watches_still_fails(
        scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.verdict == Verdict.FAIL, judgement
    assert "missing:metrics" in judgement.reasons


def test_doubt_never_adds_to_a_count_that_is_already_met(thresholds: EvaluationSettings) -> None:
    text = reply("metrics_listed_after_a_colon_one_known").replace("story completion", "saves, watch time")
    judgement = judge_rules(text, thresholds)
    assert judgement.criteria["metrics"].met
    assert judgement.verdict == Verdict.PASS, judgement


def test_the_candidates_own_count_short_of_the_threshold_goes_to_a_person() -> None:
    """"We measure 2 core metrics": when the reply's own count is short of the threshold and ours is not,
    a person decides which are the metrics watched; "given the volume of messages" is a circumstance, not
    a metric."""
    judgement = judge_rules(reply("metrics_stated_as_two"), EvaluationSettings())
    metrics = judgement.criteria["metrics"]
    assert not metrics.met, metrics
    assert "the reply says it watches 2 metrics" in metrics.notes, metrics
    assert "volume of messages" not in metrics.evidence, metrics
    assert judgement.verdict == Verdict.NEEDS_REVIEW
