"""Attack (issue 10 item 11, red-team variant): the answer pushed far down, below what looks like the whole reply
("Thanks for asking! I'll get back to you next week. Best, Gina", a signature or a quote), by a screen of blank
lines: empty lines, lines of no-break spaces, zero-width or blank-looking characters (Hangul filler, braille
blank), or in HTML line breaks, empty paragraphs, a preformatted gap, a tall margin or an empty box thousands of
pixels high. A reader of the reply never scrolls there; the rules read it as the answer and passed it.

Rule: text of the reply's own below more than newtext.MAX_BLANK_LINES (10) blank-looking lines, or below
visibility.TALL_PX (600 px) of vertical space, is out of sight: the reply goes to a person as ``out_of_sight``
(the model is not asked). Genuine replies hold at most two blank lines in a row (dev, realdev's development
split, every fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.newtext import extract
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_pushed_down_by_blank_lines", "answer_pushed_down_by_zero_width_lines",
    "answer_pushed_down_by_no_break_space_lines", "answer_pushed_down_by_hangul_filler_lines",
    "answer_pushed_down_below_a_quote", "answer_pushed_down_by_line_breaks", "answer_pushed_down_by_empty_paragraphs",
    "answer_pushed_down_by_a_margin", "answer_pushed_down_by_a_tall_empty_box",
    "answer_pushed_down_by_a_preformatted_gap",
])
def test_an_answer_pushed_out_of_sight_goes_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()

    assert parse_mail(raw).out_of_sight
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review"
    assert "out_of_sight" in result["reasons"]


@pytest.mark.parametrize("text", [
    "I use Canva.\n\n\nThanks,\nGina",  # a few blank lines
    "\n" * 30 + "I use Canva.",  # nothing above the gap
    "I use Canva.\n" + "\n" * 30,  # nothing below it
    "I use Canva.\n" + "\n" * 30 + "> quoted request\n> more",  # only the quote below it
])
def test_blank_lines_that_hide_nothing(text: str) -> None:
    assert not extract(text).out_of_sight


@pytest.mark.parametrize(("html", "out_of_sight"), [
    ("<p>Thanks</p>" + "<br>" * 11 + "<p>I use Canva</p>", True),
    ("<p>Thanks</p>" + "<div><br></div>" * 3 + "<p>I use Canva</p>", False),  # Gmail's blank lines
    ("<p>Thanks</p><p style='margin-top:24px'>I use Canva</p>", False),
    ("<p>Thanks</p><p style='margin:0 0 0 0;padding-top:900px'>I use Canva</p>", True),
    ("<p>Thanks</p><img src='cid:x' height='2000'><p>I use Canva</p>", True),
    ("<p>Thanks</p><br style='line-height:80'><p>I use Canva</p>", True),
    # blank lines hidden, or in the quote, push nothing
    ("<p>Thanks</p><div style='display:none'>" + "<p>x</p>" * 30 + "</div><p>I use Canva</p>", False),
    ("<p>I use Canva</p><blockquote>" + "<p>old</p>" * 30 + "</blockquote><p>Thanks</p>", False),
    # a tall box the answer starts in is seen
    ("<div style='height:2000px'>I use Canva</div>", False),
    # boxes one after another add up, and so do line breaks with them (red-team variant: two 599 px boxes)
    ("<p>Thanks</p><div style='height:599px'></div><div style='height:599px'></div><p>I use Canva</p>", True),
    ("<p>Thanks</p>" + "<br>" * 8 + "<div style='margin-top:500px'>I use Canva</div>", True),
    ("<p>Thanks</p>" + "<p style='margin-top:12px'>x</p>" * 3 + "<p>I use Canva</p>", False),
])
def test_which_html_space_hides_the_text_below_it(html: str, out_of_sight: bool) -> None:
    assert bool(html_to_text(html).out_of_sight) is out_of_sight


def test_a_retraction_past_what_is_read_of_a_very_long_line_goes_to_review() -> None:
    """Attack (red-team variant): the answer, then filler on the same line, then "none of the above is true, please
    decline" past the 4,000 characters of a line the reply-text reader keeps: a reader sees it, the rules did not,
    and it passed. A line cut there now sends the reply to review as out_of_sight."""
    raw = (FIXTURES / "retraction_at_the_end_of_a_very_long_line.eml").read_bytes()
    mail = parse_mail(raw)
    assert "first 4,000" in mail.out_of_sight
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "out_of_sight" in result["reasons"]
