"""Attacks (issue 10 item 11, red-team variants): the answer made unreadable by style that adds up down the tree
or reaches its text from elsewhere, each passing above or beside a visible "Thanks, I'll answer properly next
week.":
- relative font sizes and opacities multiply: "font-size:0.3em" inside "0.3em" (1.4 px), "40%" inside "40%",
  "opacity:0.2" inside "0.2" (0.04), nested <small>: hidden (each element's size and opacity are carried down);
- a cell "<td width=0 style='overflow:hidden'>": hidden;
- "-webkit-text-security: disc" (bullets, as in a password field), "font-size-adjust: 0": hidden;
- a column's style reaches its cells ("<col style='visibility:collapse'>", a collapsed <colgroup>, a column of
  no width): review as style_unchecked;
- "transform: scaleX(-1)" (mirrored) or "rotate(180deg)" (upside down): review as style_unchecked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_faded_by_nested_opacity", "answer_shrunk_by_nested_relative_sizes", "answer_shrunk_by_nested_percentages",
    "answer_in_a_cell_of_no_width", "answer_drawn_as_password_bullets", "answer_in_letters_of_no_height",
])
def test_an_answer_no_reader_can_read_is_hidden(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("fixture", [
    "answer_in_a_collapsed_table_column", "answer_in_a_collapsed_column_group", "answer_in_a_table_column_of_no_width",
    "answer_drawn_mirrored", "answer_drawn_upside_down",
])
def test_an_answer_whose_readability_is_not_worked_out_goes_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


def test_nested_small_tags_shrink_the_text_away() -> None:
    rendered = html_to_text("<p>Thanks</p>" + "<small>" * 10 + "I use Buffer" + "</small>" * 10)
    assert "I use Buffer" in rendered.hidden


@pytest.mark.parametrize("html", [
    "<div style='font-size:0.8em'><p style='font-size:0.9em'>I use Buffer</p></div>",
    "<div style='font-size:12px'><p style='font-size:14px'>I use Buffer</p></div>",
    "<div style='opacity:0.8'><p style='opacity:0.9'>I use Buffer</p></div>",
    "<p><small><small>I use Buffer</small></small></p>",
    "<table><col style='width:200px'><col><tr><td>I use Buffer</td><td>x</td></tr></table>",
    "<p style='transform:rotate(2deg)'>I use Buffer</p>",
    "<p style='transform:scale(1.1)'>I use Buffer</p>",
    "<table><tr><td width='1'></td><td>I use Buffer</td></tr></table>",  # a spacer cell with no overflow rule
])
def test_style_that_still_reads(html: str) -> None:
    rendered = html_to_text(html)
    assert "I use Buffer" in rendered.text and not rendered.style_unchecked
