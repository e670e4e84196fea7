"""A list of tools written one item a line (issue 9 item 1): beside a tool a list knows on one of its
lines, the product-like name opening each line is a tool ("Kontentino for approvals (paid)"); a channel
opening a line is not; two lines are no list unless one says what its name is for. A tool described by its
kind counts once: "a scheduling system" is the scheduling tool kind."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "tools"), [
    ("tools_listed_one_a_line", ("Kontentino", "Frontapp", "Canva")),
    ("tools_listed_one_a_line_with_channels", ("Kontentino", "Canva")),
])
def test_names_opening_the_lines_of_a_list_of_tools_are_tools(scenario: str, tools: tuple[str, ...],
                                                               thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == tools
    assert "Kontentino: a line of a list of tools" in judgement.criteria["tools"].why
    assert judgement.verdict == Verdict.PASS


def test_a_list_line_may_open_with_a_name_that_is_also_a_word(thresholds: EvaluationSettings) -> None:
    """"Dropbox for the raw footage" / "Slack, every hour of the day" / "Agorapulse's inbox for replies": in a list
    of tools one a line, a capitalised opener that is no common word (wordfreq below 4 on its Zipf scale:
    "slack" 3.7) is a name, though not rare enough to be taken for one in prose."""
    judgement = judge_rules(reply("tools_listed_one_a_line_under_less_rare_names"), thresholds)
    assert {"Dropbox", "Slack"} <= set(judgement.criteria["tools"].evidence), judgement.criteria["tools"]
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize("opener", ["Thanks", "Honestly", "Monday"])
def test_a_common_word_opening_a_list_line_is_no_name(opener: str, thresholds: EvaluationSettings) -> None:
    text = f"Hi,\n\n{opener} for the raw footage\nAgorapulse for replies\nCanva for the visuals\n\nSam"
    assert opener.lower() not in [e.lower() for e in judge_rules(text, thresholds).criteria["tools"].evidence]


def test_two_lines_are_no_list(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_two_lines_are_no_list"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Later",)
    assert judgement.verdict == Verdict.FAIL


def test_two_lines_are_a_list_when_one_says_what_its_name_is_for(thresholds: EvaluationSettings) -> None:
    """"I schedule in Later." / "Kontentino for approvals (paid)": a known tool on one line, the other saying what its
    name is for (tests/evaluation/test_a_two_line_list_of_tools.py)."""
    judgement = judge_rules(reply("tools_two_lines_one_saying_what_for"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Later", "Kontentino")
    assert judgement.verdict == Verdict.PASS


def test_a_scheduling_system_is_a_scheduling_tool(thresholds: EvaluationSettings) -> None:
    text = ("I've always relied on a scheduling system to help me, and Trello for the calendar.\n"
            "Every week I look at reach, saves and the share rate.\n")
    assert judge_rules(text, thresholds).criteria["tools"].evidence == ("scheduling system", "Trello")
