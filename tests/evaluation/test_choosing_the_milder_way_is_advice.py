"""An instruction to choose the milder way opens a tip as any instruction does: "Prefer muting before blocking",
"Favour a private message over a public reply", "Choose a call over a long thread" (advice.toml [imperative])."""
from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ABOVE = "Hi,\n\nI use Buffer and Canva.\n\nI watch reach, saves and CTR.\n\n"


@pytest.mark.parametrize("paragraph", [
    "Prefer muting before blocking when you can. It keeps upset members from escalating.",
    "Favour a private message over a public reply. Irate customers calm down once they are out of the spotlight.",
])
def test_an_instruction_to_choose_the_milder_way_is_a_tip(paragraph: str) -> None:
    judgement = judge_rules(_ABOVE + paragraph, EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement
