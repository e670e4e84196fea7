"""A tool weighed below the one the candidate uses is set aside, as one chosen against is ("I chose Buffer over
Hootsuite"): "far better than TweetDeck", "miles ahead of the more popular TweetDeck", "beats TweetDeck" (the words
after the cue, up to a comma). "Ahead of schedule" weighs nothing."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


def _tools(sentence: str) -> tuple[str, ...]:
    return judge_rules(f"Hi,\n\n{sentence}{_REST}", EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("sentence", [
    "I use Hootsuite every day. It is far better than TweetDeck.",
    "I use Hootsuite every day. Its screens put it miles ahead of the more popular TweetDeck.",
    "Hootsuite beats TweetDeck hands down, and I use it every day.",
])
def test_a_tool_weighed_below_the_one_used_is_set_aside(sentence: str) -> None:
    assert _tools(sentence) == ("Hootsuite",)


def test_being_ahead_of_schedule_sets_nothing_aside() -> None:
    assert _tools("We were ahead of schedule with Buffer and Canva.") == ("Buffer", "Canva")
