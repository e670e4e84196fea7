"""A metric's name written in capitals is no product (tool_names._counts): "Tools: CTR measures what percentage of
people who see your thumbnail click" names a metric under the tools label, not a tool, however product-like its
capitals are. Another name in capitals ("IFTTT") still counts in a usage frame."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> tuple[str, ...]:
    return tuple(e.lower() for e in find_tools(Reading.of(text, "en"), enough=2).evidence)


@pytest.mark.parametrize("text", [
    "Tools: CTR measures what percentage of people who see your thumbnail actually click. I use Buffer.",
    "Tools: ROI and CPM are what I report. I use Buffer.",
    "Hey,\n\nTools: CTR measures what percentage of people who see your thumbnail actually click. It is the most "
    "actionable metric in YouTube Studio.",
])
def test_a_metrics_name_in_capitals_is_no_tool(text: str) -> None:
    assert "ctr" not in _tools(text) and "roi" not in _tools(text) and len(_tools(text)) == 1


def test_another_name_in_capitals_still_counts() -> None:
    assert set(_tools("Tools: IFTTT and Buffer.")) == {"ifttt", "buffer"}
