"""A tool the candidate took out or says they will miss is not one they use: "I also took the decision of removing
Google Analytics (GA) from my blog", "we uninstalled Buffer", "But I will miss TweetDeck. RIP." (negation.toml
[swapped], [before]). A count of removed things is still a metric ("posts removed per day"), and removing something
with a tool still uses it."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _tools(text: str) -> tuple[str, ...]:
    return judge_rules(text, EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("gone", [
    "At the same time, I also took the decision of removing Google Analytics (GA) from my blog.",
    "We uninstalled Google Analytics last spring.",
    "I removed Google Analytics from the site.",
    "But I will miss Google Analytics. RIP.",
])
def test_a_tool_taken_out_or_missed_is_not_used(gone: str) -> None:
    assert _tools(f"{gone} Day to day I use Hootsuite.\n") == ("Hootsuite",)


@pytest.mark.parametrize("kept", ["I spend mornings removing spam comments with Hootsuite and Canva.",
                                  "Removing trolls is easy with AutoMod, and I design in Canva."])
def test_removing_something_with_a_tool_uses_it(kept: str) -> None:
    assert len(_tools(kept + "\n")) == 2


def test_a_count_of_removed_things_is_a_metric() -> None:
    text = "Metrics: daily active users, posts removed per day, reports resolved within 12 hours.\n"
    assert judge_rules(text, EvaluationSettings()).criteria["metrics"].met
