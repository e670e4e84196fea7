"""A network said to give its own analytics names that tool as "Instagram Insights" does: "Instagram provides a handy
insights section", "YouTube gives you detailed analytics"; "Instagram has no insights for personal accounts" names
none."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("sentence", [
    "Instagram provides a handy insights section for business profiles.",
    "YouTube gives you detailed analytics for every video.",
])
def test_the_network_given_analytics_is_a_second_tool(sentence: str) -> None:
    found = find_tools(Reading.of(f"I design in Canva. {sentence}", "en"), (), enough=2)
    assert found.count == 2, found


def test_analytics_denied_are_no_tool() -> None:
    found = find_tools(Reading.of("I design in Canva. Instagram has no insights for personal accounts.", "en"), (),
                       enough=2)
    assert found.count == 1, found
