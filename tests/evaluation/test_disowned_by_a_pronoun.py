"""A later clause that disowns the names before it with a pronoun (issue 9: negation with scope):
"Loomly and Planable get recommended a lot, but I have never used them" names no tool of the
candidate's; "... so I skip them", "we follow none of them" neither. A pronoun after a verb that is no
use ("I can't live without them", "I never stop checking them", "I don't report on them") or before
more words ("I never check them on weekends") disowns nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "Loomly and Planable get recommended a lot, but I have never used them.",
    "Sendible and Agorapulse came with the job, but honestly we don't touch them.",
    "Emplifi and Khoros sound great, but I haven't looked at either yet.",
    "Planoly and Later are popular. To be honest, I never really used them.",
])
def test_tools_disowned_by_a_later_clause(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize("text", [
    "Bounce rate, CPM and impressions are easy to find, but I rarely look at them.",
    "Likes, impressions and follower counts feel hollow, so we skip them.",
    "Retention, churn and CSAT came up in training, and we track none of them.",
    "Saves, shares and reach matter. Honestly, I don't check them at all.",
])
def test_metrics_disowned_by_a_later_clause(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize("text", [
    "I watch saves, shares and reach, and I can't live without them.",
    "I watch saves, shares and reach and never stop checking them.",
    "I watch saves, shares and reach. I don't report on them to the board.",
    "I watch saves, shares and reach, but I never check them on weekends.",
    "I watch saves, shares and reach every day; the vanity numbers, I ignore them.",
    "I watch saves, shares and reach.\n\nBut I never check them.",
])
def test_a_pronoun_that_disowns_nothing(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"))
    assert found.count == 3, found
