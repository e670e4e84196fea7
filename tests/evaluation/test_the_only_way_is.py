"""A way of handling it named with a word of how good it is advises as "the way to deal with them is" does: "the only
way to deal with someone who's riled up is let them tire themselves out", "the quickest way to calm things is a phone
call" (advice._THE_WAY_IS)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\n\nI watch reach, saves and response time.\n\n"


@pytest.mark.parametrize("way", ["the quickest way to calm things is a phone call",
                                 "the surest way to handle them is a short, kind reply"])
def test_a_way_named_with_how_good_it_is_advises(way: str) -> None:
    judgement = judge_rules(_ANSWERS + f"When a customer is angry, {way}.", EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


def test_a_way_that_is_no_handling_advises_nothing() -> None:
    judgement = judge_rules(_ANSWERS + "When a customer is angry, the only way they notice us is a refund.",
                            EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]
