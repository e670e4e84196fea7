"""A product put on one's devices is one used ("I also downloaded Zorblax last month to animate images", "we
installed Modbot on the server"), and so is one named as the candidate's preference ("Gmail is my first choice",
"Quillmate is our favourite": tool_frames.toml [before], [after]). Gmail and Outlook are tools of the trade
(tools.txt); "the outlook" is no product."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "name"), [
    ("I also downloaded Zorblax last month to animate images for our stories.", "Zorblax"),
    ("Last spring we installed Modbot on the Discord server.", "Modbot"),
    ("For the flood of inbound mail, Gmail is my first choice.", "Gmail"),
    ("For drafts, Quillmate is our favourite.", "Quillmate"),
])
def test_a_product_downloaded_or_preferred_counts(text: str, name: str) -> None:
    assert name in tools(text)


def test_the_outlook_of_a_plan_is_no_product() -> None:
    assert tools("The outlook for next quarter is good, and I downloaded the report.") == ()
