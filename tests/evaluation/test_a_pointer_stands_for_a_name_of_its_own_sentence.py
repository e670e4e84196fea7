"""A retraction that points back ("stopped using it", "dropped them") stands for a name before it in its own sentence
when there is one: "We use Hootsuite, but we stopped using it last year" takes back Hootsuite, not the tools the
sentence before named; "it" stands for the nearer name, "them" for every name before it. With no name before it in
its own sentence, it takes back what the sentence before named, as before."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


def _tools(sentence: str) -> set[str]:
    reply = f"Hi,\n\nI also use Buffer and Canva.\n{sentence}{_REST}"
    return set(judge_rules(reply, EvaluationSettings()).criteria["tools"].evidence)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("We use Hootsuite, but we stopped using it last year.", {"Buffer", "Canva"}),
    ("We had Hootsuite and Later, but we dropped them.", {"Buffer", "Canva"}),
    ("We use Hootsuite and Later, but we dropped it.", {"Buffer", "Canva", "Hootsuite"}),
])
def test_a_pointer_stands_for_a_name_of_its_own_sentence(sentence: str, kept: set[str]) -> None:
    assert _tools(sentence) == kept


def test_a_pointer_with_no_name_before_it_takes_back_the_sentence_before() -> None:
    reply = f"Hi,\n\nI also use Buffer and Canva.\n\nWe tried Hootsuite for a month. We stopped using it.{_REST}"
    assert set(judge_rules(reply, EvaluationSettings()).criteria["tools"].evidence) == {"Buffer", "Canva"}
