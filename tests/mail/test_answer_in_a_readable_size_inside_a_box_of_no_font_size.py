"""What a reader sees must not be lost (issue 10 item 11, left from the last session): layouts set "font-size:0" on a
cell to close the gaps between the inline boxes in it and give each box its own size again ('<td style="font-size:0">
<div style="display:inline-block;font-size:15px">'). The answer in such a box is drawn, so it is read; a font too small
to read hides only text that is in it at that size:
- text written straight into the box of no font size, or sized relative to it ("1.2em" of nothing), stays hidden;
- "font-size:1rem" under ":root{font-size:0}" is no size either: root units are the root's font;
- a box that is not displayed hides its children whatever size they set."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import FIXTURES, assert_answer_hidden


def test_an_answer_in_a_readable_size_inside_a_cell_of_no_font_size_is_read() -> None:
    raw = (FIXTURES / "answer_in_a_readable_size_inside_a_cell_of_no_font_size.eml").read_bytes()
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "pass", result


@pytest.mark.parametrize("fixture", [
    "answer_sized_relative_to_a_cell_of_no_font_size",
    "answer_in_root_units_under_a_root_of_no_font_size",
    "answer_written_in_a_cell_of_no_font_size_beside_a_readable_line",
    "answer_resized_inside_a_box_that_is_not_displayed",
])
def test_an_answer_in_no_font_size_stays_hidden(fixture: str) -> None:
    assert_answer_hidden(fixture, "Thanks, I'll answer properly next week.")


@pytest.mark.parametrize("html", [
    "<td style='font-size:0'><span style='font-size:14px'>I use Buffer</span></td>",
    "<td style='font: 0/0 a'><span style='font-size:medium'>I use Buffer</span></td>",
    "<style>td p{font-size:0}</style><table><tr><td><p><span style='font-size:14px'>I use Buffer</span></p></td></tr>"
    "</table>",
    "<style>body{font-size:0}</style><p style='font-size:1rem'>I use Buffer</p>",
])
def test_a_child_that_sets_a_readable_size_is_read(html: str) -> None:
    assert "I use Buffer" in html_to_text(html).text


@pytest.mark.parametrize("html", [
    "<td style='font-size:0'><span style='font-size:100%'>I use Buffer</span></td>",
    "<style>td p{font-size:0}</style><table><tr><td><p><span style='font-size:2em'>I use Buffer</span></p></td></tr>"
    "</table>",
    "<td style='visibility:hidden;font-size:0'><span style='font-size:14px'>I use Buffer</span></td>",
    "<td style='opacity:0;font-size:0'><span style='font-size:14px'>I use Buffer</span></td>",
])
def test_a_child_of_no_readable_size_or_under_a_hidden_box_is_not(html: str) -> None:
    rendered = html_to_text(html)
    assert "I use Buffer" not in rendered.text and "I use Buffer" in rendered.hidden
