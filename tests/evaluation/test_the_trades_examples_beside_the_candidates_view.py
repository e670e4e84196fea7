"""The tools of the trade named as examples stay the trade's when the candidate speaks only in a clause of their own
after them ("tools such as HootSuite and Sprout Social make it easy to post, so I don't think it has to be a choice
of a single platform": their view, not their use; bot/evaluation/to_the_reader.py, `examples_of_the_trade`). The
candidate taking them up in that clause ("..., so I use them every day") or before them ("I rely on tools such as
...") still makes them theirs."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_AFTER = "\n\nI watch reach, CTR and engagement rate.\n\nListen first.\n"


def _tools(first: str) -> set[str]:
    return {e.lower() for e in judge_rules("Hi,\n\n" + first + _AFTER, EvaluationSettings()).criteria["tools"].evidence}


def test_the_candidates_view_after_the_examples_does_not_make_them_used() -> None:
    assert _tools("That said, tools such as HootSuite and Sprout Social make it easy to post, so I don't think it "
                  "has to be a choice of a single platform.") == set()


@pytest.mark.parametrize("first", [
    "Tools such as HootSuite and Sprout Social make it easy to post, so I use them every day.",
    "I rely on tools such as HootSuite and Sprout Social, because posting by hand is slow.",
])
def test_the_candidate_taking_them_up_still_uses_them(first: str) -> None:
    assert _tools(first) == {"hootsuite", "sprout social"}
