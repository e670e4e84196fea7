"""Defusing is a handling act, and it presupposes a conflict (issue 9 item 3: the tip "rarely repeats the word
angry"): "I like to step in early and defuse things with a bit of humour" answers the third question as
"de-escalate" does (tips.toml [actions], [handling], the words that presuppose a conflict, [trouble]; "diffuse the
situation", the common misspelling, too)."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_defusing_in_the_tips_place_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_defusing_without_an_anger_word"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("tip", ["Try to diffuse the situation before you explain anything.",
                                 "Defuse it first, then explain what happens next."])
def test_defusing_told_as_advice_is_a_tip(tip: str, thresholds: EvaluationSettings) -> None:
    text = f"Sendible for scheduling, Canva for the visuals. I watch reach, saves and the share rate.\n\n{tip}\n"
    assert judge_rules(text, thresholds).criteria["angry_customer_tip"].met
