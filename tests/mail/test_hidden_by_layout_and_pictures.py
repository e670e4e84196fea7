"""Attacks (issue 10 item 11, red-team variants): the answer above a visible "Thanks, I'll answer properly next
week." made unreadable in ways not read before, each of which passed:
- dark text on a dark picture: ``background-image: linear-gradient(#000, #000)``, ``background: url(...)``, a
  table's ``background`` attribute (the colour checks assumed white under any picture): review as
  ``style_unchecked``;
- the page's legacy text colour, ``<body text="#ffffff">``: hidden (white on white);
- a font the message brings itself (``@font-face`` with a ``src``), whose letters may draw nothing: review;
- moved past the right edge of the reader's pane (``left:9999px``, ``margin-left:9999px``; 2,000 px or more):
  hidden;
- letters piled on each other (``letter-spacing: -1em``, -4 px or less): hidden;
- a box one pixel wide, one letter per line: hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_on_a_dark_gradient", "answer_on_a_background_picture",
                                     "answer_on_a_table_background_picture", "answer_in_a_font_the_message_brings"])
def test_an_answer_whose_readability_is_not_worked_out_goes_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("fixture", ["answer_in_the_pages_white_text", "answer_far_to_the_right",
                                     "answer_moved_right_by_its_margin", "answer_with_letters_piled_up",
                                     "answer_in_a_one_pixel_column"])
def test_an_answer_no_reader_can_read_is_hidden(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("html", [
    "<p style='letter-spacing:-1px'>I use Buffer</p>",  # a tight headline
    "<p style='position:relative;left:20px'>I use Buffer</p>",
    "<p style='margin:0 0 0 40px'>I use Buffer</p>",
    "<p style='margin:0 3000px 0 0'>I use Buffer</p>",  # far on the right of the box, the text is where it was
    "<table><tr><td style='width:1px'></td><td>I use Buffer</td></tr></table>",  # a spacer cell
    "<body text='#333333'><p>I use Buffer</p></body>",
    "<div style='background-color:#fff'><p>I use Buffer</p></div>",
])
def test_layouts_that_hide_nothing(html: str) -> None:
    rendered = html_to_text(html)
    assert "I use Buffer" in rendered.text and not rendered.style_unchecked


def test_outlooks_font_declarations_bring_no_font() -> None:
    """Outlook writes "@font-face {font-family: Calibri; panose-1: ...}" with no src: the reader's own Calibri."""
    html = ("<style>@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}"
            "p.MsoNormal {font-family:\"Calibri\",sans-serif}</style><p class=MsoNormal>I use Buffer</p>")
    rendered = html_to_text(html)
    assert "I use Buffer" in rendered.text and not rendered.style_unchecked
