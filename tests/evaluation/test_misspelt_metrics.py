"""Metric names typed with one slip are the metric (bot/evaluation/typos.py)."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en")).evidence


def test_a_phone_reply_with_misspelt_metrics_passes(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("phone_reply_with_misspelt_metrics"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("impresions", "enagement", "convertions")
    assert judgement.verdict == Verdict.PASS, judgement


def test_an_ordinary_word_one_letter_from_a_metric_is_not_it() -> None:
    # "shared" is not "shares", "comment" not "comments", "revenge" not "revenue".
    assert evidence("KPIs: it got shared, each comment, revenge of the nerds, retweeted.") == ()


def test_short_names_and_capitals_are_not_read_with_slips() -> None:
    # "rech" is not reach (too short to guess), "CRT" is not CTR (capitals are typed exactly).
    assert evidence("Metrics I track: rech and CRT.") == ()
