"""Products named as others besides one's own are not used (issue 9 item 3): "My favorite is Tweetdeck, but there are
others out there like Twhirl and Seesmic" names one tool the candidate uses; "alternatives like Seesmic" another that
exists. A later clause that takes them up ("... and I use it for video too") still makes them the candidate's."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, engagement rate and CTR.\n\nListen first, then apologise."


@pytest.mark.parametrize("said", [
    "My favorite is Tweetdeck, but there are others out there like Twhirl and Seesmic.",
    "I use Tweetdeck; alternatives like Seesmic exist.",
    "I use Tweetdeck. There are a few others such as Seesmic.",
])
def test_only_the_candidates_own_counts(said: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(said + _REST, thresholds).criteria["tools"]
    assert tools.evidence == ("Tweetdeck",), tools


def test_one_taken_up_counts(thresholds: EvaluationSettings) -> None:
    said = "I use Tweetdeck daily. There are others like Seesmic and I use it for video too."
    assert judge_rules(said + _REST, thresholds).criteria["tools"].evidence == ("Tweetdeck", "Seesmic")
