"""Attack (issue 10 item 11, red-team variants): the answer pushed past the right edge of any reader's pane, under
"Thanks, I'll answer properly next week." The vertical push (blank lines, tall boxes) went to review as out_of_sight;
the horizontal one passed:

- a box wider than any pane: the answer in the table cell after a '<td width=9999>', right-aligned in a
  'width:9999px' box, floated right with 'margin-right:-9999px', or after a 6,000 px picture on an unwrapped line:
  where the text sits is not worked out, so the reply goes to review as style_unchecked;
- a line of blanks a pane does not wrap before it: 3,000 no-break spaces, or spaces in a <pre>, which the HTML
  reader collapsed into one: out_of_sight, like a line longer than 4,000 characters in a plain part.

Ordinary layouts (a 600 px table, an indent of a few no-break spaces, a <pre> block) change nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import FIXTURES


@pytest.mark.parametrize("name", [
    "answer_in_the_cell_after_a_screen_wide_cell",
    "answer_right_aligned_in_a_screen_wide_box",
    "answer_floated_right_past_the_pane",
    "answer_after_a_screen_wide_picture",
])
def test_the_answer_beside_a_box_wider_than_any_pane_goes_to_review(name: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("name", ["answer_after_a_line_of_no_break_spaces", "answer_after_a_line_of_spaces_in_pre"])
def test_the_answer_after_a_line_of_blanks_that_never_wraps_is_out_of_sight(name: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "out_of_sight" in result["reasons"]


@pytest.mark.parametrize("html", [
    "<table width=600><tr><td width=300>I use Buffer</td><td>and Canva</td></tr></table>",
    "<p>&nbsp;&nbsp;&nbsp;&nbsp;I use Buffer</p>",
    "<pre>    I use Buffer\n        and Canva</pre>",
    "<p>" + "&nbsp; " * 600 + "I use Buffer</p>",  # a space a line breaks at between them
    "<pre>" + " " * 600 + "\nI use Buffer</pre>",  # the blanks end their own line
])
def test_ordinary_layouts_change_nothing(html: str) -> None:
    rendered = html_to_text(html)
    assert "I use Buffer" in rendered.text and not rendered.style_unchecked and not rendered.out_of_sight
