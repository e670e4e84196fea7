"""A negation cue standing alone as an item of a list is a noun the list names, not a word that denies the
clause: "likes, dislikes, subscribers gained and watch time" counts dislikes and everything after it
(bot/evaluation/negation.py, `_a_list_item`). A cue with words of its own ("hate Hootsuite"), a small word of
the sentence ("not", "never") and a cue before the next item ("likes, not shares") still deny."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I use Hootsuite and Canva every day."
_TIP = "When a customer is angry, listen first and apologise."


def _metrics(said: str) -> set[str]:
    judgement = judge_rules(f"Hi,\n\n{_TOOLS}\n\n{said}\n\n{_TIP}\n\nThanks", EvaluationSettings())
    return {e.lower() for e in judgement.criteria["metrics"].evidence}


@pytest.mark.parametrize("said", [
    "We watch metrics such as likes, dislikes, subscribers gained, impressions and number of views.",
    "I track likes and dislikes, shares and reach.",
    "Our report has three columns (likes, dislikes, comments) and a line for reach.",
])
def test_a_cue_word_alone_between_list_separators_denies_nothing(said: str) -> None:
    found = _metrics(said)
    assert len(found - {"likes", "dislikes"}) >= 2, found


@pytest.mark.parametrize(("said", "denied"), [
    ("I track likes, not shares, and reach.", "shares"),
    ("I track reach and likes, but I dislike follower counts.", "follower counts"),
    ("I track reach, likes and, never, impressions.", "impressions"),
])
def test_a_cue_with_words_of_its_own_or_a_small_word_still_denies(said: str, denied: str) -> None:
    assert denied not in _metrics(said)
