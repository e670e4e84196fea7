"""A network's own feature named in capitals with no network in its sentence ("open the Insights", "Using
Insights, I can see ..."): the candidate uses a network's built-in analytics (issue 9 item 1). It is the network's
the reply names elsewhere when it names one; with several or none, one network tool of that kind, counted once.
The first word of a longer name ("Sprout Social Insights") or of a heading is no such feature."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

_REST = "\n\nI watch reach, saves and the share rate.\nStay calm with angry customers and listen first."


def test_the_insights_opened_each_week_are_a_tool(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("a_network_feature_named_with_no_network_beside_it"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Later", "Insights"), judgement.criteria["tools"]
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize("said", [
    "Using Insights, I can see when our audience is online.",
    "Every morning I check the Insights before our stand-up.",
])
def test_a_feature_opening_or_inside_a_sentence_is_a_tool(said: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(f"I schedule everything in Buffer. {said}{_REST}", thresholds).criteria["tools"]
    assert tools.met and "Insights" in tools.evidence, tools


def test_the_one_network_the_reply_names_owns_the_feature(thresholds: EvaluationSettings) -> None:
    """"TikTok analytics" and "the Insights" of a reply naming only TikTok are one tool."""
    text = f"I look at TikTok analytics on Fridays. Every morning I check the Insights as well.{_REST}"
    tools = judge_rules(text, thresholds).criteria["tools"]
    assert tools.evidence == ("TikTok analytics",), tools


@pytest.mark.parametrize("said", [
    "I schedule everything in Buffer. King Insights is a band I like.",
    "Insights from our launch came later. I schedule everything in Buffer.",
    "I schedule everything in Buffer and read Sprout Social Insights reports.",
])
def test_no_lone_feature_in_a_longer_name_or_a_sentence_start(said: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(said + _REST, thresholds).criteria["tools"]
    assert "Insights" not in tools.evidence, tools
