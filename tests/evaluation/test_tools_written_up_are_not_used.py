"""Products the candidate wrote an analysis, a review or a comparison of are products they know, not ones they use
(issue 9 item 1: comparisons are not use): "I have written an analysis of three tools: Hootsuite, Buffer and
SproutSocial" names no tool of theirs. The rest of the sentence may still take one up, as for any soft cue."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


@pytest.mark.parametrize("tools", [
    "I have written an analysis of three different social media management tools: Hootsuite, Buffer, and "
    "SproutSocial.",
    "Last spring I wrote a review of Agorapulse and Later for our blog.",
    "I am writing a comparison of Hootsuite and Sendible for a trade magazine.",
])
def test_tools_written_up_count_for_nothing(tools: str) -> None:
    criterion = judge_rules(f"Hi,\n\n{tools}{_REST}", EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == () and not criterion.met, criterion


def test_a_tool_written_up_and_taken_up_counts() -> None:
    reply = f"Hi,\n\nI wrote a review of Agorapulse, which I use every day, and I design in Canva.{_REST}"
    criterion = judge_rules(reply, EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Agorapulse", "Canva"), criterion
