"""A line of work told as a résumé tells it is the writer's own (to_the_reader._own_work_in_a_fragment): "Planning
and publishing posts at optimal times using tools like Buffer, Hootsuite, or Meta Business Suite" has no subject and
no verb of its own, and the tools are what the work is done with. Examples of the trade said of anyone stay with a
person: a gerund that is a subject ("Using tools like Buffer saves time"), tools as the subject ("Tools like Buffer
can help"), or examples after no work done with them."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Finding, Reading
from bot.evaluation.tools import find_tools


def tools_of(text: str) -> Finding:
    return find_tools(Reading.of(text, "en"))


@pytest.mark.parametrize("text", [
    "Planning and publishing posts at optimal times using tools like Buffer, Hootsuite, or Later.",
    "Moderating our Discord server with bots like MEE6 and Dyno.",
    "- Scheduling posts with social media tools such as Buffer and Hootsuite",
])
def test_a_line_of_own_work_names_the_writers_tools(text: str) -> None:
    found = tools_of(text)
    assert found.count >= 2
    assert not found.doubtful


@pytest.mark.parametrize("text", [
    "Using tools like Buffer and Hootsuite saves a lot of time.",
    "Tools like Buffer and Hootsuite can help.",
    "Interesting tools like Buffer and Hootsuite.",
    "Scheduling is easier with tools like Buffer and Hootsuite.",
])
def test_examples_of_the_trade_said_of_anyone_go_to_a_person(text: str) -> None:
    found = tools_of(text)
    assert found.count == 0
    assert len(found.doubtful) == 2
