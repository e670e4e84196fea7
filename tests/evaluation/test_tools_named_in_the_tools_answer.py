"""Answer structure for tools (issue 9 items 1 and 3): what the reply names in the part that answers the
tools question by its shape (under a "Tools" label, numbered 1 in a reply numbered like the request, under
the quoted first question) is named as a tool, in whatever words: "1. Mostly Kurrently, plus Trello". A
person there is no tool ("Siobhan, our designer"), nor a channel; outside that answer an unknown name still
needs a usage frame."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "tools"), [
    ("tools_named_under_the_tools_label", ("Kurrently", "Loomly")),
    ("tools_answer_numbered_one", ("Kurrently", "Trello")),
])
def test_names_in_the_tools_answer_are_tools(scenario: str, tools: tuple[str, ...],
                                            thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == tools
    assert judgement.verdict == Verdict.PASS


def test_the_numbered_answer_says_why(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_answer_numbered_one"), thresholds)
    assert "Kurrently: named in the answer to the tools question" in judgement.criteria["tools"].why


def test_answers_under_the_quoted_tools_question_are_read_as_the_tools_answer(
        thresholds: EvaluationSettings) -> None:
    text = "Kurrently for the feeds and Trello for the calendar.\n\nReach, saves and the share rate.\n"
    question = "1. Which tools do you use (for example scheduling, listening or analytics tools)?"
    answer = "Kurrently for the feeds and Trello for the calendar."
    judgement = judge_rules(text, thresholds, answered=((question, answer),))
    assert judgement.criteria["tools"].evidence == ("Kurrently", "Trello")
    assert judge_rules(text, thresholds).criteria["tools"].evidence == ("Trello",)


@pytest.mark.parametrize("scenario", ["tools_label_names_a_person_and_a_channel", "tools_outside_any_tools_answer"])
def test_a_person_a_channel_or_a_name_outside_the_answer_is_no_tool(scenario: str,
                                                                    thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ("Later",)
    assert judgement.verdict == Verdict.FAIL
