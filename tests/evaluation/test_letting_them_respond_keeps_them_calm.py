"""A statement that letting the person do something keeps trouble away is a tip told as a statement (issue 9 item 1):
"Allowing people to respond to your reasons may keep them from attacking you so personally" values letting them
respond, as "A calm reply defuses most of them" values a reply; "A quick reply prevents a pile-on" likewise. What is
kept from happening must follow a way of handling people: "Letting the team post more often keeps people from
leaving" is about content."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = ("I use Hootsuite for scheduling and Canva for design every day.\n\n"
            "I watch reach, engagement rate and click-through rate every week.\n\n")


@pytest.mark.parametrize("tip", [
    "Allowing people to respond to your reasons may keep them from attacking you so personally.",
    "A quick reply prevents a pile-on.",
])
def test_the_statement_is_the_tip(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ANSWERS + tip, thresholds).criteria["angry_customer_tip"].met


def test_what_content_keeps_away_is_no_tip(thresholds: EvaluationSettings) -> None:
    said = _ANSWERS + "Letting the team post more often keeps people from leaving."
    assert not judge_rules(said, thresholds).criteria["angry_customer_tip"].met
