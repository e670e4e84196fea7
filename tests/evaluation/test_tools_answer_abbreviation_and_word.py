"""In the part of a reply that answers the tools question, a name of an abbreviation in capitals and a capitalised
word ("RD Station") is one product name written like one, though both its words are common (issue 9 item 1: tools
without a closed list). A capitalised word alone after an abbreviation in a sentence that is no tools answer names
nothing ("I asked our HR Team")."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_an_abbreviation_and_a_word_in_the_tools_answer_is_a_tool(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_answer_abbreviation_and_word"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Reportei", "RD Station")
    assert judgement.verdict == Verdict.PASS


def test_outside_a_tools_answer_it_names_nothing() -> None:
    found = find_tools(Reading.of("Last week I asked our HR Team about the new laptops.", "en"), answered=())
    assert found.evidence == ()
