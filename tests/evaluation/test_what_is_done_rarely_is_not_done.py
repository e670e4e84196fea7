"""What the candidate does rarely is not what they use or watch (issue 9 item 4, negation with scope): "I rarely look at
likes", "Statistiken schaue ich mir nur selten an", "O Canva eu uso raramente" (negation.toml [before] and [after]:
rarely, seldom, selten, rara vez, rarement, raramente and their "almost never"). A reply in a thinner language that says
it rarely looks at numbers has clearly no metrics: it fails rather than going to a person."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_metrics_looked_at_rarely_are_not_watched(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_rarely_looked_at_en"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("reach", "click-through rate")
    assert judgement.verdict == Verdict.FAIL


def test_a_german_reply_that_rarely_looks_at_statistics_fails(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_rarely_looked_at_de"), thresholds)
    assert judgement.language == "de"
    assert judgement.criteria["tools"].met and judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.FAIL
    assert judgement.reasons == ("missing:metrics",)


def test_a_tool_used_rarely_is_not_counted(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_rarely_used_pt"), thresholds)
    assert judgement.criteria["tools"].evidence == ("mLabs",)
    assert not judgement.criteria["tools"].met


def test_a_tool_taken_back_by_a_cue_opening_with_but_is_not_counted(thresholds: EvaluationSettings) -> None:
    # "but" ends a clause, except where it opens a cue of its own: "..., but not anymore" takes Hootsuite back.
    judgement = judge_rules(reply("tool_but_not_anymore"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Canva",)
    assert judgement.verdict == Verdict.FAIL
