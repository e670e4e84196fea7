"""Attack (issue 10 item 11, red-team variant found by probing evaluate with 17 more colour shapes): the answer
written as a link on a page whose '<body link="#ffffff">' (HTML's legacy link colour) paints unvisited links white.
Every browser draws it white on white; the HTML reader painted every link the link blue, so the answer passed. A
link's text is now the colour the body's link attribute gives it, read as legacy colours are."""

from __future__ import annotations

from bot.mail.html import html_to_text
from tests.mail.conftest import assert_answer_hidden


def test_the_answer_in_links_the_body_paints_white_never_counts() -> None:
    assert_answer_hidden("answer_written_as_a_link_the_body_paints_white", "Thanks, I'll answer properly next week.")


def test_a_link_colour_a_reader_sees_keeps_the_link() -> None:
    assert html_to_text('<body link="red"><a href="https://x.example/">I use Buffer</a></body>').text == "I use Buffer"
    assert html_to_text('<a href="https://x.example/">I use Buffer</a>').text == "I use Buffer"
