"""Attack (issue 10 item 11, red-team variants): an answer painted in a colour the page never writes, one the reader
gives it, on a box of that colour:

- a link (``<a href>``) is painted in the link colour (blue, HTML's ``:link`` style), not its parent's: the whole
  answer as a link on a ``#0000ee`` box is blue on blue, and was read as the parent's default;
- ``color: initial`` is CSS's initial colour (CanvasText, black), not the parent's: on a black box whose other text
  is white, the answer is black on black, and ``initial`` was read as no colour of its own (the parent's white).
"""

from __future__ import annotations

import pytest

from bot.mail.html import html_to_text
from tests.mail.conftest import assert_answer_hidden


@pytest.mark.parametrize("fixture", ["answer_in_a_link_on_a_box_of_link_blue",
                                     "answer_in_the_initial_colour_on_a_dark_box"])
def test_the_answer_in_the_readers_colour_on_a_box_of_it_never_counts(fixture: str) -> None:
    assert_answer_hidden(fixture, "back at my desk")


@pytest.mark.parametrize("markup", [
    "<p>See <a href='https://x.example'>I use Later.</a></p>",
    "<div style='background:#1a73e8'><a href='x' style='color:#fff'>I use Later.</a></div>",
    "<div style='background:#1a73e8'><a href='x'><font color='#ffffff'>I use Later.</font></a></div>",
    "<div style='background:#000;color:#fff'><p style='color:inherit'>I use Later.</p></div>",
    "<div style='background:#000;color:#fff'><p style='color:revert'>I use Later.</p></div>",
    "<p style='color:initial'>I use Later.</p>",
])
def test_links_and_initial_colours_readers_see_stay_visible(markup: str) -> None:
    assert "I use Later." in html_to_text(markup).text
