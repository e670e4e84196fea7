"""An intention is not yet use: "I intend to insert an Airtable module" names a tool the candidate does not use yet;
"I intend to keep using Canva" uses it now (negation.toml [before], [not_cues])."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_a_tool_one_intends_to_add_is_not_used() -> None:
    text = "I now run several Zapier workflows. At the end of this flow, I intend to insert an Airtable module."
    found = find_tools(Reading.of(text, "en"), (), enough=2)
    assert found.count == 1, found


def test_a_tool_one_intends_to_keep_using_is_used() -> None:
    found = find_tools(Reading.of("I schedule in Buffer and intend to keep using Canva for design.", "en"), (),
                       enough=2)
    assert found.count == 2, found
