"""Tools named as what is well known are not the candidate's: "Some well-known applications are Buffer, Social Oomph,
SocialBro, and TweetDeck", "Popular tools include Hootsuite and Sprout Social" (negation.toml [known_grammar]: each
word of being known with each kind of tool and "are" or "include"). The candidate's own go-to tools still count."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _tools(text: str) -> tuple[str, ...]:
    return judge_rules(text, EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("known", ["Some well-known applications are Hootsuite and Buffer.",
                                   "Popular tools include Hootsuite and Buffer.",
                                   "The most common schedulers are Hootsuite and Buffer."])
def test_tools_named_as_well_known_are_not_used(known: str) -> None:
    assert _tools(known + "\n") == ()


@pytest.mark.parametrize("own", ["My go-to apps are Hootsuite and Buffer.",
                                 "Popular tools include Hootsuite and Buffer, and I use both every day."])
def test_the_candidates_own_tools_still_count(own: str) -> None:
    assert _tools(own + "\n") == ("Hootsuite", "Buffer")
