"""A way of handling valued as a good way to a good end is a tip (issue 9 item 3), and where only its place marks the
answer the anger it is for may be named in the sentence before it, in the same paragraph: "A lot of the times when
folks are leaving negative comments, they really just want to feel heard. Even if you don't have an immediate
solution, just acknowledging their comment is an important way to show that you're listening." A good way to
anything else, or one a paragraph away from the anger, is no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: reach, engagement rate and response time.\n\n"


def _tip_met(last: str) -> bool:
    return judge_rules(f"{_ANSWERS}{last}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"].met


@pytest.mark.parametrize("valued", [
    "just acknowledging their comment is an important way to show that you're listening.",
    "listening to them is a good way to show you care.",
])
def test_a_way_valued_right_after_the_anger_is_a_tip(valued: str) -> None:
    assert _tip_met("A lot of the times when folks are leaving negative comments, they really just want to feel "
                    f"heard. Even if you don't have an immediate solution, {valued}")


@pytest.mark.parametrize("last", [
    "Angry people hate waiting. Posting daily is a great way to grow your audience.",
    "Angry people hate waiting.\n\nJust acknowledging a comment is an important way to grow reach.",
])
def test_a_way_to_something_else_or_apart_from_the_anger_is_no_tip(last: str) -> None:
    assert not _tip_met(last)
