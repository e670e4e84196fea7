"""Ranking content by a quantity watches that quantity (issue 9 item 2, metrics as people phrase them): "the ones with
the most comments", "the reel with the highest reach", "the link with the most clicks", and comparing it by an amount
("we get 30% more comments, twice as many shares and about 3 times more saves") count everyday metric words
(metrics.toml "?" entries) without a metrics cue in the sentence. A superlative of something else does not make a
word a metric: "the most important thing is to read the comments"."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_everyday_metric_words_after_a_superlative_are_watched(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_ranked_by_superlatives"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("comments", "reach", "clicks")
    assert judgement.verdict == Verdict.PASS


def test_everyday_metric_words_after_a_compared_amount_are_watched(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_compared_by_amount"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("comments", "shares", "saves")
    assert judgement.verdict == Verdict.PASS


def test_a_superlative_of_something_else_counts_no_metric(thresholds: EvaluationSettings) -> None:
    text = reply("metrics_ranked_by_superlatives").replace(
        "Every Friday we sort the week's posts: the ones with the most comments, the reel with the highest reach and "
        "the link with the most clicks shape the next plan.",
        "The most important thing is to read the comments before you reach for the clicks of a quick reply.")
    judgement = judge_rules(text, thresholds)
    assert judgement.criteria["metrics"].evidence == ()
