"""A name said to be one of the candidate's tools ("Macros are one of the most valuable tools I use", "Keyhole is
one of the tools we use") is a tool in use, whatever list knows it (tool_frames.toml [after]); a quality said so
("Patience is one of the most valuable tools I use") is no product."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools_in(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "name"), [
    ("Macros are one of the most valuable tools I use when a thread gets heated.", "Macros"),
    ("Keyhole is one of the tools we use every single day.", "Keyhole"),
    ("Ritetag and Keyhole are the two tools we use most.", "Ritetag"),
])
def test_a_name_said_to_be_one_of_the_tools_used_is_a_tool(text: str, name: str) -> None:
    assert name in tools_in(text)


def test_a_quality_said_to_be_a_tool_is_no_product() -> None:
    assert tools_in("Patience is one of the most valuable tools I use.") == ()
