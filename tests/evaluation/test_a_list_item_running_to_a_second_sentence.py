"""A list of tools one item a line, where an item's line runs on to a second short sentence ("Zendesk: where every
ticket lands. Our "front door.""): the line is still one item of the list, and the names opening the lines after it
are tools as in any list (issue 9 item 1). A line that runs on into prose is no item, and ends the list there."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_an_item_line_of_two_sentences_keeps_the_list(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("a_list_item_running_to_a_second_sentence"), thresholds)
    assert {"Zendesk", "Loom", "Trello"} <= set(judgement.criteria["tools"].evidence), judgement.criteria["tools"]
    assert "Loom: a line of a list of tools" in judgement.criteria["tools"].why
    assert judgement.verdict == Verdict.PASS, judgement


def test_an_item_line_running_on_into_prose_ends_the_list(thresholds: EvaluationSettings) -> None:
    text = ("Hi,\n\nTools\n- Zendesk: where every ticket lands. We moved there from email three years ago after a long"
            " search and I have never looked back since then.\n- Loom\n\nSam")
    assert "loom" not in [e.lower() for e in judge_rules(text, thresholds).criteria["tools"].evidence]
