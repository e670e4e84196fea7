"""A statement valuing a way of handling the conversation, as the reply's last paragraph, is the tip (issue 9 item 3:
the tip is read where the candidate answers the third question).

"An apology and a quick fix go a long way." and "A calm, specific reply beats a long apology every time." were
credited under a tip label or beside an anger word only. In the last paragraph, where replies answer the third
question, such a statement is the tip when every other word of it is about the conversation (advice.toml
[conversation], handling actions, people): its subject names how to handle the person. One about anything else
("Good content goes a long way") is not. A way of seeing the angry people told as advice, with no way of handling
them ("Remember that the things which delight the many will upset the few"), goes to a person.
"""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES

_BEFORE = "I schedule with Buffer and design in Canva.\n\nI watch reach, engagement rate and follower growth.\n\n"


@pytest.mark.parametrize("last", [
    "An apology and a quick fix go a long way.",
    "A calm, specific reply beats a long apology every time.",
    # What it puts right, beside an anger word (advice.toml [valuing]).
    "I find that a phone call solves most angry emails.",
])
def test_a_valued_way_of_handling_the_conversation_is_the_tip(last: str) -> None:
    assert find_tip(Reading.of(_BEFORE + last, "en")).count == 1


@pytest.mark.parametrize("last", [
    "Good content goes a long way.",
    "A consistent posting schedule beats a viral post every time.",
    "Good SEO solves most traffic problems.",
])
def test_a_valued_thing_that_is_no_handling_gives_no_tip(last: str) -> None:
    assert find_tip(Reading.of(_BEFORE + last, "en")).count == 0


@pytest.mark.parametrize("last", [
    "But remember that the things which might delight the many will probably upset the few.",
    "Keep in mind that the angriest members are often your most loyal ones.",
])
def test_a_way_of_seeing_angry_people_without_a_way_of_handling_them_goes_to_a_person(last: str) -> None:
    found = find_tip(Reading.of(_BEFORE + last, "en"))
    assert (found.count, found.unsure) == (0, True), found


def test_a_way_of_seeing_beside_a_way_of_handling_is_the_tip() -> None:
    last = "Remember that angry customers are upset with the situation, so listen first and apologise."
    found = find_tip(Reading.of(_BEFORE + last, "en"))
    assert (found.count >= 1, found.unsure) == (True, False), found


@pytest.mark.parametrize("last", [
    "Meet in person or pick the phone; it gets to the heart of the matter the fastest.",
    "Hop on a call with them, or a face-to-face chat if they are local.",
])
def test_talking_live_rather_than_in_the_thread_is_a_handling_tip(last: str) -> None:
    assert find_tip(Reading.of(_BEFORE + last, "en")).count >= 1


def test_honesty_told_as_a_ban_on_lying_is_a_handling_tip() -> None:
    """Under the quoted tip question, "don't lie" is honesty with the customer (tips.toml [actions]), not advice
    whose people only act."""
    raw = (FIXTURES / "honesty_as_a_ban_on_lying_under_the_quoted_question.eml").read_bytes()
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "pass", result
