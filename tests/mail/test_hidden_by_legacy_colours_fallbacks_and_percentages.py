"""Attack (issue 10 item 11, red-team variants): an answer a reader cannot see, written in ways the hidden-text
reader did not know. Each of these passed:

- ``<font color="fffffz">``: browsers read a colour attribute by HTML's legacy rules (a letter that is no hex
  digit is "0", the digits split in three: #fffff0, near white); the bot read it as no colour at all;
- the fallback text of ``<progress>`` and ``<meter>``, which a reader never sees (the widget is drawn);
- ``<meta http-equiv="Link" content="<...>; rel=stylesheet">``, which Gecko (Thunderbird) loads like an HTTP Link
  header: a style sheet from elsewhere, as ``<link rel=stylesheet>``, so the reply goes to review;
- offsets in percentages: ``text-indent:-100%``, ``top:-100%`` with position:fixed, ``translateX(-100%)`` move the
  text its box's (or the screen's) whole size away; they were counted as a few pixels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.mail.visibility import _legacy_color
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_in_font_color_near_white_with_a_stray_letter",
    "answer_in_progress_bar_fallback",
    "answer_in_meter_fallback",
    "answer_pushed_out_by_a_percentage_indent",
    "answer_pushed_above_by_a_percentage_top",
    "answer_slid_out_by_a_percentage_translate",
])
def test_the_hidden_answer_never_counts(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Sprout Social" not in mail.reply_text and "Sprout Social" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


def test_a_style_sheet_linked_in_meta_sends_the_reply_to_review() -> None:
    raw = (FIXTURES / "answer_hidden_by_a_style_sheet_linked_in_meta.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and "style_unchecked" in verdict["reasons"]


@pytest.mark.parametrize(("value", "read"), [
    ("ffffff", "#ffffff"), ("#FFF", "#FFF"), ("white", "white"), ("fffffz", "#fffff0"), ("chucknorris", "#c00000"),
    ("fff", "#0f0f0f"),  # three digits without "#" are one digit per colour: near black, as browsers draw it
    ("#ffffffff", "#ffffff"), ("rgb(255,255,255)", "#005025"), ("transparent", ""), ("  ", ""),
])
def test_colour_attributes_are_read_as_browsers_read_them(value: str, read: str) -> None:
    assert _legacy_color(value) == read


@pytest.mark.parametrize("html", [
    "<font color='fff'>I use Buffer</font>",  # near black
    "<meta http-equiv='Content-Type' content='text/html'><p>I use Buffer</p>",
    "<meta http-equiv='Link' content='<https://x.example/a.png>; rel=preload'><p>I use Buffer</p>",
    "<p style='text-indent:-10%'>I use Buffer</p>", "<p style='width:50%;margin-left:25%'>I use Buffer</p>",
    "<p style='transform:translateX(-50%)'>I use Buffer</p>",
])
def test_what_a_reader_sees_stays_visible(html: str) -> None:
    read = html_to_text(html)
    assert "I use Buffer" in read.text and not read.style_unchecked


def test_a_positioned_box_with_a_background_over_the_answer_sends_the_reply_to_review() -> None:
    """Red-team variant: an empty box taken out of the flow (position:absolute, inset 0) with a white background
    is drawn over the answer, which a reader never sees; the answer passed."""
    raw = (FIXTURES / "answer_painted_over_by_a_positioned_box.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and "style_unchecked" in verdict["reasons"]


@pytest.mark.parametrize("html", [
    "<div style='position:absolute;top:0'>I use Buffer</div>",  # positioned, nothing painted
    "<div style='position:relative;background:#eee'>I use Buffer</div>",  # painted, in the flow
    "<div style='position:absolute;background:transparent'></div><p>I use Buffer</p>",
])
def test_positioned_or_painted_boxes_alone_are_no_doubt(html: str) -> None:
    read = html_to_text(html)
    assert "I use Buffer" in read.text and not read.style_unchecked


@pytest.mark.parametrize("fixture", [
    # "display:none; display:block inline flow-root": the second value is no display a browser knows, so it drops
    # the declaration and the first stands; the bot read it as a reveal.
    "answer_hidden_then_shown_by_a_value_browsers_drop",
    # "word-spacing:-4000px": every word drawn over the one before.
    "answer_with_its_words_piled_by_word_spacing",
])
def test_more_ways_of_hiding_the_answer_never_count(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Sprout Social" not in mail.reply_text and "Sprout Social" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("fixture", [
    "answer_cut_off_by_a_line_clamp",  # -webkit-line-clamp: 1 shows "Hello Nora here." and an ellipsis
    "answer_below_the_first_line_of_a_clipping_box",  # height:1.2em; overflow:hidden
    "answer_past_the_edge_of_a_narrow_clipping_box",  # width:9em; white-space:nowrap; overflow:hidden
    "answer_in_a_one_row_text_box",  # <textarea rows=1>: the rest scrolls out of sight
])
def test_a_box_that_shows_only_part_of_its_text_sends_the_reply_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and "style_unchecked" in verdict["reasons"]


@pytest.mark.parametrize("html", [
    "<p style='display:none; display:block flow'>I use Buffer</p>",  # a valid later value does reveal
    "<p style='visibility:hidden; visibility:visible'>I use Buffer</p>",
    "<div style='height:200px'>I use Buffer</div>", "<div style='overflow:hidden'>I use Buffer</div>",
    "<div style='width:9em;overflow:hidden'>I use Buffer</div>",  # wraps: every word is shown
    "<div style='height:50%;overflow:hidden'>I use Buffer</div>",
    "<p style='word-spacing:2px'>I use Buffer</p>",
])
def test_ordinary_boxes_and_values_stay_as_they_were(html: str) -> None:
    read = html_to_text(html)
    assert "I use Buffer" in read.text and not read.style_unchecked
