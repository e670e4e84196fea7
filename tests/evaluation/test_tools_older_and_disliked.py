"""Tools practitioners' pages still name (Radian6, Google Alerts, Feedly: the lexicon holds the field's
products, old and everyday), and tools the candidate dislikes, which are not used: "I have a personal hatred
for Hootsuite and I cannot stand Sprout Social; Later is the only thing I schedule with" names one tool."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_older_and_everyday_products_are_tools(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_older_and_everyday_products"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Radian6", "Google Alerts", "Feedly")
    assert judgement.verdict == Verdict.PASS


def test_disliked_tools_are_not_used(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_disliked_are_not_used"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Later",)
    assert any("hatred for" in note for note in judgement.criteria["tools"].notes)
    assert judgement.verdict == Verdict.FAIL
