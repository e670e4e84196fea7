"""A statement valuing a way of handling the person is as much a tip when a modal or a helper stands before the
verb's base form: "A prompt apology can help defuse a situation", "Responding to negative comments quickly can
defuse tension", "A personal reply will often calm them". advice.toml [valuing] held the verbs' -s forms ("defuses",
"calms") only; [valuing_modal] reads each modal before each base form. The subject must still name a handling
action, the denied forms ("can't", "won't") are other words, and a valued thing that is no handling ("Good SEO can
fix most traffic problems") gives no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

_BEFORE = "I schedule with Buffer and design in Canva.\n\nI watch reach, engagement rate and follower growth.\n\n"


@pytest.mark.parametrize("last", [
    "A prompt apology can help defuse a situation before it gets unnecessarily negative.",
    "Responding to negative comments quickly and appropriately can defuse tension.",
    "A short personal reply will often calm an upset member.",
    "An honest apology usually helps to soften even the angriest reviewer.",
])
def test_a_way_of_handling_valued_with_a_modal_is_the_tip(last: str) -> None:
    assert find_tip(Reading.of(_BEFORE + last, "en")).count == 1


@pytest.mark.parametrize("last", [
    "Good SEO can fix most traffic problems.",
    "A consistent posting schedule will often calm the algorithm.",
    "Ignoring angry comments can defuse them, people say.",
    "A prompt apology can't defuse every angry customer.",
])
def test_no_handling_or_a_denied_value_gives_no_tip(last: str) -> None:
    assert find_tip(Reading.of(_BEFORE + last, "en")).count == 0
