"""A link written out in the tools answer is an address, not a product: the capitalised and domain-like words of its
host and path ("https://github.com/PhonePe/mantis/discussions") are not read as tools named there (bot/evaluation/
tools.py, `_in_the_tools_answer`); a product named beside the link still is."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_AFTER = "\n\n2. I watch reach, CTR and engagement rate.\n\n3. When they are upset, listen and apologise.\n"


def _tools(first: str) -> set[str]:
    return {e.lower() for e in judge_rules("1. " + first + _AFTER, EvaluationSettings()).criteria["tools"].evidence}


def test_the_words_of_a_link_are_no_tools() -> None:
    found = _tools("We moved our project community from Discord to discussions at "
                   "https://github.com/PhonePe/mantis/discussions")
    assert not found & {"github.com", "phonepe", "mantis"}, found


def test_a_product_beside_a_link_still_counts() -> None:
    assert _tools("We plan in Kurrently and Swat.io (see www.example.org/PhonePe/setup).") == {"kurrently", "swat.io"}
