"""Two lines make a list of tools when each says what its name is for ("Later for scheduling" / "Flaticon for default
art (paid)"): a name the lists do not know opening such a line beside a known tool is a tool too
(tools._says_what_for). Two lines that do not say what they are for need a third to make a list."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Finding, Reading
from bot.evaluation.tools import find_tools


def tools_of(text: str) -> Finding:
    return find_tools(Reading.of(text, "en"))


@pytest.mark.parametrize("lines", [
    "Later for scheduling\nFlaticon for default art (paid)",
    "Moz FollowerWonk for Buffer timing\nPixlr for quick photo edits",
    "- Canva – for graphics\n- Kapwing: for subtitles",
])
def test_two_lines_of_what_each_is_for_are_a_list_of_tools(lines: str) -> None:
    assert tools_of(f"Hi Alex,\n\n{lines}\n\nThanks").count >= 2


@pytest.mark.parametrize("lines", [
    "Canva every morning\nFlaticon sometimes",
    "Patience for angry people\nCanva for graphics",
])
def test_two_lines_that_do_not_are_no_list(lines: str) -> None:
    assert tools_of(f"Hi Alex,\n\n{lines}\n\nThanks").count == 1


def test_lines_saying_what_each_name_is_for_are_a_list_with_no_known_tool() -> None:
    lines = ("Hindenburg Pro\nZencastr (for recording podcasts)\n"
             "Auphonic (for levelling the audio of each episode for the Podcaster Community)")
    assert tools_of(f"Hi Alex,\n\n{lines}\n\nThanks").count == 3


def test_everyday_words_saying_what_they_are_for_name_no_tool() -> None:
    assert tools_of("Hi Alex,\n\nPatience for angry people\nEmpathy for everyone\n\nThanks").count == 0


def test_lines_saying_what_each_is_for_go_on_the_list_of_their_paragraphs_tool() -> None:
    text = ("Hi Alex,\n\nThe Business Suite app is also a great tool for us.\n"
            "Zoom (for everything except recording podcasts)\nPatience (for the rest)\n\nThanks")
    found = tools_of(text)
    assert found.count == 2
    assert "Patience" not in found.evidence
