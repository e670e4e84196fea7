"""What others want of the mail's reader is not the candidate's use; kinds of tools and metrics as people name them
(issue 9 items 1, 2 and 4).

- "they want you to add more Slack channels" presses a tool on the reader, as "they want me to try Later" presses
  it on the candidate (negation.toml [soft_before]); and "that" takes a tool up only where it ends its clause
  ("and I love that"): "the data shows you that engagement is lower" takes nothing up.
- A kind of tool named as people say it: "our platform reports", "my task program" (tool_types.txt); meeting
  tools beside the chat ones (Skype, Google Meet).
- Winning new members or customers is a metric of its own: "metrics that relate to retention and acquisition"; so
  are how big, how high and how used something counted is ("the size of your community", "participation levels",
  "month-by-month utilization", "the demographic makeup of your audience").
- A name in capitals before a head word that says it is a metric ("the People Talking About This measure", "our
  Community Health Index") is one, whatever list knows it.
"""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "kept"), [
    ("Members want you to add more Slack channels, but the data shows you that engagement is lower. I use Canva.",
     ("Canva",)),
    ("Everyone raves about Later, and I use that every day alongside Canva.", ("Later", "Canva")),
])
def test_a_tool_others_want_of_the_reader_is_not_used(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept


@pytest.mark.parametrize(("text", "count"), [
    ("We updated the analytics weekly through a combination of our platform reports and Google Analytics.", 2),
    ("I check Slack, then take note of what needs handling in my task program.", 2),
    ("Casual Skype meeting with the team, then I check Slack.", 2),
])
def test_kinds_of_tools_as_people_name_them(text: str, count: int) -> None:
    assert find_tools(Reading.of(text, "en")).count == count


def test_acquisition_is_a_metric_of_its_own() -> None:
    found = find_metrics(Reading.of("I watch the metrics that relate to retention and acquisition, and reach.", "en"))
    assert found.count == 3


@pytest.mark.parametrize(("text", "evidence"), [
    # A name in capitals that its head word says is a metric, whatever list knows it.
    ("Focus on Facebook KPIs like the People Talking About This measure and the Interaction Rate, and fans.",
     ("People Talking About This measure", "Interaction Rate", "fans")),
    ("Our Community Health Index, reach and saves.", ("Community Health Index", "reach", "saves")),
])
def test_a_metric_named_in_capitals_before_its_head_word(text: str, evidence: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == evidence


def test_one_capitalised_word_before_a_head_is_no_name() -> None:
    assert find_metrics(Reading.of("The Score is what matters to my boss.", "en")).count == 0


def test_how_big_how_high_and_how_used_are_metrics() -> None:
    text = ("Review key metrics regularly, such as the size of your community, month-by-month utilization and "
            "participation levels, and the demographic makeup of your audience.")
    found = find_metrics(Reading.of(text, "en"))
    assert found.evidence == ("size of your community", "utilization", "participation levels", "demographic makeup")


@pytest.mark.parametrize("text", ["My energy levels are low on Mondays.", "We have a small team and a big heart."])
def test_a_level_or_a_size_of_nothing_counted_is_no_metric(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 0
