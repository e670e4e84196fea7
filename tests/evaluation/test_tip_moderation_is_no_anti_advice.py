"""Less of a good action is moderation, not advice against it (issue 9 item 3: negated or ironic advice is no tip,
but moderation is not negation).

"Never apologise" is anti advice. "Stop apologizing so much and fix the problem" asks for less apology and a fix:
an action said to be done in excess ("so much", "too much", "too often") neither turns its sentence against the
tip nor counts as advice itself; what the reply puts in its place decides.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

_BEFORE = "I schedule with Buffer and design in Canva.\n\nI watch reach, engagement rate and follower growth.\n\n"


@pytest.mark.parametrize("last", [
    "With angry customers, stop apologizing so much and fix the problem.",
    "Angry customers: don't say sorry too often, just solve what went wrong.",
])
def test_moderation_beside_a_good_action_is_the_tip(last: str) -> None:
    assert find_tip(Reading.of(_BEFORE + last, "en")).count == 1


def test_advice_against_the_action_itself_stays_anti_advice() -> None:
    found = find_tip(Reading.of(_BEFORE + "With angry customers, never apologise and never fix anything.", "en"))
    assert found.count == 0
