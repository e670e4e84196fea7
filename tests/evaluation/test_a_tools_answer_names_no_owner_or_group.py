"""What the answer to the tools question names by its shape alone must be a product (tools._in_the_tools_answer): a
name in the possessive owns what follows it ("As the Blanton’s Digital Content Strategist": an employer, not a tool),
and an abbreviation in the plural names a group ("checklists can help SMMs stay on top of deadlines"). Product names
there still count ("Tools: every morning Kurrently, and Loomly when the team needs approvals")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> tuple[str, ...]:
    # As the rules judge asks: the answer to the tools question is read when the lists and frames find too few.
    return tuple(e.lower() for e in find_tools(Reading.of(text, "en"), answered=(), enough=2).evidence)


@pytest.mark.parametrize("text", [
    "Hi,\n\nTools: I run all our profiles as the Blanton’s Digital Content Strategist. I use Buffer.\n\nThanks",
    "Hi,\n\nTools: I use Buffer, and checklists help SMMs stay on top of deadlines.\n\nThanks",
])
def test_an_owner_or_a_group_is_no_tool(text: str) -> None:
    assert _tools(text) == ("buffer",)


def test_product_names_in_the_tools_answer_still_count() -> None:
    text = "Hi,\n\nTools: every morning Kurrently, and Loomly when the team needs approvals.\n\nThanks"
    assert set(_tools(text)) == {"kurrently", "loomly"}
