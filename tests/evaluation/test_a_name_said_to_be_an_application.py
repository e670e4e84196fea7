"""A name the sentence says is an application is a tool's name, as "is an app" says: "Followerwonk is an application
that opens the door to all that data logged by Twitter" (tool_frames.toml [after]). A person's job title with the
word in it names no tool."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en"), (), enough=2).evidence


@pytest.mark.parametrize("said", ["Zorblax is an application that shows where your followers are.",
                                  "Zorblax is a great application for finding followers.",
                                  "Zorblax is a web application I open every morning."])
def test_a_name_said_to_be_an_application_is_a_tool(said: str) -> None:
    assert "Zorblax" in _tools(f"{said} I schedule with Hootsuite.")


def test_an_application_engineer_is_no_tool() -> None:
    assert _tools("Maria is an application engineer. I schedule with Hootsuite.") == ("Hootsuite",)
