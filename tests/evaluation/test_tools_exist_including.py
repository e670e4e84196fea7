"""A class of tools said to exist, then its examples, lists the trade's tools (to_the_reader._EXAMPLES_OF_A_CLASS, a few
words allowed between the class and "including", "like" or "such as"): "numerous tools exist to help you, including
TrueSocialMetrics.com and SimplyMeasured.com" names no tool the candidate uses; "the tools we rely on, including
Zorblax and Buffer" still says whose they are."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> int:
    return find_tools(Reading.of(text, "en"), answered=(), enough=2).count


@pytest.mark.parametrize("text", [
    "While you could track all of these metrics by hand, numerous tools exist to help you, including "
    "TrueSocialMetrics.com and SimplyMeasured.com.",
    "There are lots of apps out there for this, like Zorblax and Buffer.",
])
def test_a_class_said_to_exist_names_none_in_use(text: str) -> None:
    assert _tools(text) == 0


@pytest.mark.parametrize("text", [
    "The tools we rely on every day, including Zorblax and Buffer, save us hours.",
    "I have a few apps open all day, like Zorblax and Buffer.",
])
def test_the_candidates_own_examples_count(text: str) -> None:
    assert _tools(text) == 2
