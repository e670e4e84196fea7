"""A tip told as what handling needs (issue 9 item 3): "Frustrated customers: a fast, personal reply is essential"
values a way of handling the person, as "... is key" does (advice.toml [valuing]), in every judged language
("Eine ruhige, persönliche Antwort ist entscheidend"). Said of a metric ("Response time is essential for us") it
values no handling."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "evidence"), [
    ("tip_valued_as_essential", ("personal reply is essential, so nobody feels ignored.",)),
    ("tip_valued_as_essential_german", ("persönliche Antwort ist entscheidend.",)),
])
def test_a_way_of_handling_said_to_be_essential_is_a_tip(scenario: str, evidence: tuple[str, ...],
                                                          thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == evidence
    assert judgement.verdict == Verdict.PASS


def test_a_metric_said_to_be_essential_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_essential_said_of_a_metric"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ()
    assert judgement.verdict == Verdict.FAIL


def test_a_list_head_naming_anger_is_no_tool(thresholds: EvaluationSettings) -> None:
    """German capitalises every noun: "Verärgerte Kunden: Eine ruhige ... Antwort" heads the tip's answer, and
    is no product heading an item of a list of tools."""
    judgement = judge_rules(reply("tool_list_head_naming_anger_german"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Sendible",)
    # One tool and nothing more leaves the second clearly missing, in a thinner language as in English
    # (test_one_tool_in_a_thinner_language.py).
    assert judgement.verdict == Verdict.FAIL
    assert judgement.reasons == ("missing:tools",)
