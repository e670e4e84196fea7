"""A name no list knows, pointed back to as what it is by the sentence after it ("Zonkify. This tool keeps track of
my followers", a heading run into its text: "Twitter Counter This tool will keep track of ..."): a tool the candidate
describes, as "it's a free app" after it is (issue 9 item 1). A common word before "This tool" is no name."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("said", "name"), [
    ("Zonkify. This tool keeps track of how many followers I gain each week.", "Zonkify"),
    ("Twitter Counter This tool will keep track of the number of followers you have.", "Twitter Counter"),
    ("Then there is Plomberly. This app sends me every mention of the brand.", "Plomberly"),
])
def test_a_name_this_tool_points_back_to_is_a_tool(said: str, name: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(f"I schedule in Hootsuite. {said}", thresholds).criteria["tools"]
    assert tools.evidence == ("Hootsuite", name), tools


def test_a_common_word_before_this_tool_is_no_name(thresholds: EvaluationSettings) -> None:
    tools = judge_rules("I schedule in Hootsuite. Honestly. This tool keeps track of everything.", thresholds)
    assert tools.criteria["tools"].evidence == ("Hootsuite",), tools.criteria["tools"]
