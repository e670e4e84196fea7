"""Reading the complaint carefully is a handling action; firing back is anti advice (issue 9 item 3).

Real advice on upset customers often starts before any answer: "read their post thoroughly, a couple of
times", "read it carefully" (tips.toml [actions], beside "read ... twice"). Answering in kind is against the
tip: "fire back", "bite back", "stoop to their level" (advice.toml [anti]); negated, "never fire back" is
good advice, as every negated anti phrase is (tips.py, _negated_anti).
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_reading_their_post_thoroughly_is_the_tip() -> None:
    judgement = judge_rules(reply("reading_their_post_thoroughly_under_the_tip_label"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_firing_back_is_anti_advice() -> None:
    judgement = judge_rules(reply("firing_back_under_the_tip_label"), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert any("anti advice" in note for note in judgement.criteria[TIP].notes)
    assert judgement.verdict == Verdict.FAIL


def test_never_firing_back_is_the_tip() -> None:
    judgement = judge_rules(reply("never_firing_back_under_the_tip_label"), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS
