"""Cooling off is an action however it is written: "cool down" and "cool off" were, and the noun and its spellings
are too ("So if you need a cooling-off period, take it", "take a cool-off before you answer"), beside an anger word
or in the tip's place. A cooling-off period that is a rule of refunds, told as no advice, is no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

_BEFORE = "I schedule with Buffer and design in Canva.\n\nI watch reach, engagement rate and follower growth.\n\n"


@pytest.mark.parametrize("last", [
    "Responding to angry comments with anger of your own never ends well. So if you need a cooling-off period, take "
    "it.",
    "When a customer is furious, take a cool-off before you answer.",
])
def test_cooling_off_is_the_tip(last: str) -> None:
    assert find_tip(Reading.of(_BEFORE + last, "en")).count >= 1


def test_a_cooling_off_period_of_refunds_is_no_tip() -> None:
    found = find_tip(Reading.of(_BEFORE + "Angry customers often ask about refunds. The cooling-off period for "
                                "refunds is 14 days.", "en"))
    assert found.count == 0
