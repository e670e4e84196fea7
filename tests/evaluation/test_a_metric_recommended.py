"""A metric recommended is one the candidate holds worth watching (negation.toml [recommending]): "I recommend
tracking reach, saves and CTR" and "retweets, replies and link clicks are a good place to start" name three metrics,
although the same words make a tool recommended to others no tool the candidate uses."""

from __future__ import annotations

import pytest

from bot.evaluation.lexicon import toml_table
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "I recommend tracking reach, saves and CTR.",
    "Retweets, replies and link clicks are a good place to start, but these numbers leave a lot out.",
])
def test_a_metric_recommended_is_watched(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 3


def test_a_metric_recommended_against_is_not() -> None:
    assert find_metrics(Reading.of("I don't recommend tracking reach, saves and CTR.", "en")).count == 0


@pytest.mark.parametrize("text", [
    "If you're new, Buffer and Canva are a good place to start.",
    "I recommend Hootsuite and Buffer to my students.",
])
def test_a_tool_recommended_to_others_is_still_not_used(text: str) -> None:
    assert find_tools(Reading.of(text, "en")).count == 0


def test_every_recommending_phrase_is_a_cue_of_its_own() -> None:
    """negation.toml [recommending] names cues by their words: each must be a cue of [before] or [soft_after], or the
    metrics reading would never meet it (a phrase dropped there and kept here would silently do nothing)."""
    table = toml_table("negation.toml")
    cues = {p.lower() for p in [*table["before"]["en"], *table["soft_after"]["en"]]}
    assert set(table["recommending"]["en"]) <= cues
