"""A "versus" or "compared to" sets two things side by side where it stands. Right after a tool ("Hootsuite versus
Buffer", "Hootsuite's scheduler versus Buffer's") the tool is one of the two, weighed, not used; further on in the
clause it compares something else ("Facebook Insights can identify the number of residents versus non-residents"),
and the tool named before stays the candidate's."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _evidence(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "tool"), [
    ("We run Buffer. Facebook Insights can identify the number of residents versus non-residents.",
     "Facebook Insights"),
    ("We run Buffer. Google Analytics shows our share of returning visitors compared to new ones.", "Google Analytics"),
])
def test_a_tool_before_a_comparison_of_other_things_stays(text: str, tool: str) -> None:
    assert tool in _evidence(text)


@pytest.mark.parametrize(("text", "tool"), [
    ("We run Canva. Hootsuite versus Buffer is the debate in our team.", "Hootsuite"),
    ("We run Canva. Hootsuite's scheduler versus Buffer's is the debate in our team.", "Hootsuite"),
    ("We run Canva. Hootsuite for scheduling compared to Buffer is what we are weighing.", "Hootsuite"),
])
def test_a_tool_weighed_against_another_is_not_used(text: str, tool: str) -> None:
    assert tool not in _evidence(text)
