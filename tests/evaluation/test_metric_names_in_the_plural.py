"""A metric named in the plural is the metric (issue 9 item 2, metrics as people phrase them): "sentiments" is
sentiment, as "response times" is response time. An English name of one word that counts in any sentence names its
plural too (lexicon._with_plurals); an everyday word ("?reach") does not, its plural being often a verb."""

from __future__ import annotations

from bot.evaluation.lexicon import lexicons
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_metric_in_the_plural_counts(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metric_names_in_the_plural"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("sentiments", "conversions", "follower growth")
    assert judgement.verdict == Verdict.PASS


def test_everyday_words_get_no_plural() -> None:
    phrases = {e.phrase for e in lexicons().metrics.entries if e.lang == "en"}
    assert "sentiments" in phrases
    assert "reaches" not in phrases
