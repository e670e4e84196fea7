"""Words around a usage frame that are no product (issue 9 item 1: a product-like name in a usage frame): where the
candidate works ("Tools: At LMG, we use ..."; "at" before a name, or a preposition opening capitalised words) and a
rare word typed in lower case that describes the noun after it ("we use the inbuilt scheduling tools"). Product names
typed in lower case after a frame still count ("i use metricool for scheduling")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, saves and CTR.\n\nTip: listen first and apologise to angry customers.\n\nThanks"


def _tools(answer: str) -> tuple[str, ...]:
    return judge_rules(f"Hi,\n\n{answer}{_REST}", EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("answer", [
    "Tools: At LMG, we use the inbuilt scheduling tools from the Meta Business Suite to schedule content.",
    "Tools: at Zorblax Labs we use the scheduling tools from the Meta Business Suite.",
    "We use the inbuilt scheduling tools from the Meta Business Suite for Facebook and Instagram.",
])
def test_a_place_or_a_describing_word_is_no_tool(answer: str) -> None:
    assert _tools(answer) == ("Meta Business Suite",)


@pytest.mark.parametrize("answer, names", [
    ("i use metricool for scheduling and canva for graphics", ("metricool", "canva")),
    ("Tools: Kurrently at night, Loomly at work.", ("Kurrently", "Loomly")),
])
def test_names_beside_them_still_count(answer: str, names: tuple[str, ...]) -> None:
    assert _tools(answer) == names
