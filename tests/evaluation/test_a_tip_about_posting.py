"""Advice about posting itself ("Never be posting while your followers are asleep", "post consistently") in
the tip's place, with no anger or trouble word, is a tip about something else, not about angry customers
(tips.toml [other_targets]); a tip that also handles the person still counts."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "1. I schedule in Buffer and design in Canva.\n2. Reach, CTR and saves.\n"


def test_advice_on_when_to_post_is_no_tip() -> None:
    judgement = judge_rules(_ANSWERS + "3. Ha, classic. Never be posting while your followers are asleep!\n",
                            EvaluationSettings())
    assert judgement.verdict.value == "fail"


def test_handling_advice_beside_posting_is_still_the_tip() -> None:
    judgement = judge_rules(_ANSWERS + "3. Reply to them before posting anything else, and take it to DMs.\n",
                            EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met
