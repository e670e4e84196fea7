"""After a fronted condition ("If a viewer is angry, ..."), a main clause with no subject is an instruction: its first
word is a verb when an object or a particle follows it, whether or not the imperative list knows the verb
(bot/evaluation/advice.py, `_after_a_condition`). A noun opening the main clause ("..., empathy runs short") is no
verb."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings, Settings
from tests.evaluation.conftest import FIXTURES

_ANSWERS = "Tools: Buffer and Canva.\nMetrics: reach, CTR and saves.\n"


def test_an_unlisted_verb_after_the_condition_is_the_tip() -> None:
    result = evaluate_bytes((FIXTURES / "instruction_after_a_fronted_condition.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"
    assert any("pin a short reply" in quote for quote in result["criteria"]["angry_customer_tip"]["evidence"])


def test_a_noun_after_the_condition_tells_nothing() -> None:
    judgement = judge_rules(_ANSWERS + "When a customer is angry, empathy runs short.\n", EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met


def test_a_verb_with_a_subject_after_the_condition_is_a_story() -> None:
    judgement = judge_rules(_ANSWERS + "When a customer was angry, management pinned a reply.\n", EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met


def test_an_instruction_after_a_condition_about_something_else_is_no_tip() -> None:
    judgement = judge_rules(_ANSWERS + "Tip: when your followers are online, post a short video.\n",
                            EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met
