"""Attacks (issue 10 item 11, red-team variants):
- the answer zoomed to a tenth ("zoom:0.1" draws a 16 px font at 1.6 px): only a zoom under 0.1 hid text, whatever
  the size of the font it shrinks;
- scaled down twice ("scale(0.2)" in "scale(0.2)" is 0.04): each was read alone; zoom and scales now multiply down
  the tree, with the font size, as opacities do; a child setting a font size of its own is still zoomed;
- painted on a background of its own colour ("color:#333; background-color:currentColor"): the background was read
  as none.
Each is hidden; a slight zoom or scale still reads."""

from __future__ import annotations

import pytest

from bot.mail.html import html_to_text
from tests.mail.conftest import assert_answer_hidden


@pytest.mark.parametrize("fixture", [
    "answer_zoomed_to_a_tenth",
    "answer_scaled_down_twice",
    "answer_resized_inside_a_zoomed_box",
    "answer_on_a_background_of_its_own_colour",
])
def test_the_answer_shrunk_away_or_painted_on_its_own_colour_never_counts(fixture: str) -> None:
    assert_answer_hidden(fixture, "Thanks, I'll answer properly next week.")


@pytest.mark.parametrize("html", [
    "<p style='zoom:20%'>I use Buffer</p>",
    "<p style='font-size:24px;zoom:0.15'>I use Buffer</p>",
    "<p style='transform:scale(0.9)'>I use Buffer</p>",
    "<div style='zoom:0.1'><p style='zoom:10'>I use Buffer</p></div>",
    "<div style='color:#fff;background:#000'><p style='background:currentcolor;color:#000'><span "
    "style='color:#fff'>I use Buffer</span></p></div>",
])
def test_a_readable_zoom_scale_or_colour_still_reads(html: str) -> None:
    assert "I use Buffer" in html_to_text(html).text
