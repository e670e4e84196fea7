"""A denial inside brackets denies only the aside (negation._in_an_aside_closed_before): "most of the day (when I'm
not working on my real job) tweaking the automoderator" uses the automoderator. A denial before the brackets still
reaches past them, and one inside them denies what they hold."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Finding, Reading
from bot.evaluation.tools import find_tools


def tools_of(text: str) -> Finding:
    return find_tools(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "I spend most of the day (when I'm not working on my real job) tweaking the automoderator and Hootsuite.",
    "Every evening (unless I'm not on shift) I go through Hootsuite and Canva.",
])
def test_a_denial_in_an_aside_leaves_what_follows(text: str) -> None:
    assert tools_of(text).count == 2


@pytest.mark.parametrize(("text", "count"), [
    ("We don't use Hootsuite (too expensive) or Buffer.", 0),
    ("I don't use any tools (Hootsuite, Buffer).", 0),
    ("We use Canva (not Photoshop) and Hootsuite.", 2),
])
def test_a_denial_before_or_inside_the_brackets_still_denies(text: str, count: int) -> None:
    assert tools_of(text).count == count
