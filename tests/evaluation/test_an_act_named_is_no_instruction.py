"""A word for a bad reply with an "-s" names the act or tells what someone else does; it is no instruction to do it:
"Do not rise to their comments, insults and accusations" is a tip, "Insult them back" is none (advice.toml
[anti_verbs])."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Tools: I schedule in Hootsuite and design in Canva.\n\nMetrics: reach, saves and clicks.\n\n"


@pytest.mark.parametrize("tip", [
    "Do not rise to their comments, insults and accusations.",
    "Don't rise to the mockery, the insults or the threats.",
])
def test_the_act_named_in_a_list_is_no_anti_advice(tip: str) -> None:
    judgement = judge_rules(_ANSWERS + tip + "\n", EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


@pytest.mark.parametrize("tip", ["Insult them back.", "Just mock them until they leave."])
def test_the_bare_verb_told_is_still_anti_advice(tip: str) -> None:
    judgement = judge_rules(_ANSWERS + tip + "\n", EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met
