"""A capitalised word then a word in capitals is how products and their editions are named ("Player XP", "Adobe XD",
"Zendesk QA"): in a usage frame such a name counts though both its words are common. A person's name holds no such
word, a roman numeral is a person's generation ("John Smith III"), and after a weak frame ("I live in Washington DC")
the capitals are a place's."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


@pytest.mark.parametrize(("tools", "named"), [
    ("Using Player XP, I could show how players reacted, and I schedule in Hootsuite.", "Player XP"),
    ("I design every tile in Brand XD and schedule in Hootsuite.", "Brand XD"),
])
def test_a_name_with_an_edition_in_capitals_counts(tools: str, named: str) -> None:
    criterion = judge_rules(f"Hi,\n\n{tools}{_REST}", EvaluationSettings()).criteria["tools"]
    assert named in criterion.evidence and criterion.met, criterion


@pytest.mark.parametrize("tools", [
    "I live in Washington DC and schedule in Hootsuite.",
    "Using John Smith III as my mentor, I learned to schedule in Hootsuite.",
])
def test_a_place_or_a_person_is_no_product(tools: str) -> None:
    criterion = judge_rules(f"Hi,\n\n{tools}{_REST}", EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Hootsuite",), criterion
