"""Listed tool names as people type them: written apart, or one letter off (issue 9 item 1).

A run of one to three words whose joined letters are a listed name is that tool; one edit away
counts too for a name of six letters or more, when the word holding the slip is not an ordinary word.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def _tools(text: str) -> dict[str, str]:
    found = find_tools(Reading.of(text, "en"))
    return dict(zip(found.evidence, found.why, strict=True))


@pytest.mark.parametrize(("text", "typed"), [
    ("Most days I live in Tweet Deck.", "Tweet Deck"),
    ("Tickets go through Zen Desk.", "Zen Desk"),
    ("we schedule everything in hootsiute", "hootsiute"),  # two letters swapped
    ("reports come from google analitics", "google analitics"),  # a letter changed
    ("listening happens in Brandwach", "Brandwach"),  # a letter missing
    ("i post with sproutsociall", "sproutsociall"),  # a letter added
])
def test_a_listed_name_typed_apart_or_one_letter_off_is_that_tool(text: str, typed: str) -> None:
    found = _tools(text)
    assert typed in found, found
    assert "a listed name" in found[typed]


@pytest.mark.parametrize("text", [
    "I painted on a canvas at the weekend.",  # an ordinary word next to a short name (Canva)
    "The garden sprinkler broke again.",  # an ordinary word one letter from Sprinklr
    "I keep a bufer of posts.",  # everyday-word names (Buffer) are left to the exact lists
    "Our team is a tweet machine.",  # "tweet" alone is no name
])
def test_ordinary_words_near_a_name_are_not_tools(text: str) -> None:
    assert _tools(text) == {}


def test_a_phone_reply_with_misspelt_tools_passes() -> None:
    judgement = judge_rules(reply("phone_reply_with_misspelt_tools"), EvaluationSettings())
    assert judgement.criteria["tools"].met, judgement
    assert judgement.verdict == Verdict.PASS


def test_a_slip_in_an_ordinary_word_names_no_tool(thresholds: EvaluationSettings) -> None:
    """"TikTok and" is one letter from "TikTok ads", but the letter is in "and", an ordinary word:
    the network stays a channel and one tool is not two."""
    judgement = judge_rules(reply("networks_then_an_ordinary_word"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Planoly",), judgement.criteria["tools"]
    assert judgement.verdict == Verdict.FAIL
