"""In a language whose lists are thinner than English's (es, de, fr, pt), a reply one short of the threshold on
each criterion it misses ("Hootsuite" and no second tool, two metrics of three) is partial evidence: the rest may
be in words the lists do not know, so a person decides (bot/evaluation/rules.py, `_partial` and `_one_short`).
A criterion with nothing found and its topic not taken up is still clearly missing."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.rules import judge_rules
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def test_one_short_on_two_criteria_in_portuguese_goes_to_a_person() -> None:
    result = evaluate_bytes((FIXTURES / "pt_one_short_of_tools_and_metrics.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review"
    assert not result["criteria"]["tools"]["met"] and not result["criteria"]["metrics"]["met"]


def test_nothing_found_and_no_topic_is_still_a_fail() -> None:
    text = ("Olá,\n\nGosto muito do meu trabalho e da minha equipe.\n\n"
            "Com um cliente irritado, mantenha a calma e ouça a reclamação até o fim antes de responder.\n")
    assert judge_rules(text, Settings().evaluation).verdict.value == "fail"
