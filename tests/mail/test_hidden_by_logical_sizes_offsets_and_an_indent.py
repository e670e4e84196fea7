"""Attack (issue 10 item 11, red-team variants): an answer hidden by the logical names of sizes and offsets, by an
offset from the far side, or by the image-replacement indent. Each passed with the full answer:

- ``block-size:0``, ``inline-size:0``, ``max-block-size:0`` with overflow hidden: CSS Logical Properties' names for
  height and width (in a horizontal text), read as no size at all;
- ``inset-inline-start:-99999px`` (``left``'s logical name) and ``right:99999px`` (a box moved, or placed, that far
  from the right edge lies past the left one): only ``left``/``top`` were read as pushing text off the screen;
- ``text-indent:100%; white-space:nowrap; overflow:hidden``: the one line that never wraps starts past its box's
  right edge and is clipped (the classic image-replacement trick); an indent of 100 % was read as 16 px.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_in_a_box_of_no_block_size",
    "answer_in_a_box_of_no_inline_size",
    "answer_in_a_box_of_no_maximum_block_size",
    "answer_pushed_off_by_a_logical_inset",
    "answer_placed_past_the_left_edge_from_the_right",
    "answer_indented_out_of_its_own_clipped_box",
])
def test_the_hidden_answer_never_counts(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Sprout Social" not in mail.reply_text and "Sprout Social" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("style", [
    "margin-inline-start:-9999px", "margin-block-start:-9999px", "inset-block-start:-9999px",
    "margin-inline:-9999px 0", "inset-inline-end:-9999px", "inset-block-end:99999px", "bottom:99999px",
    "max-inline-size:1px", "inline-size:2px",
])
def test_other_logical_offsets_and_sizes_hide_too(style: str) -> None:
    text = html_to_text(f"<p>Visible words.</p><div style='{style}'>I use Sprout Social.</div>")
    assert "Sprout Social" not in text.text and "Sprout Social" in text.hidden


@pytest.mark.parametrize("style", [
    "block-size:3em;overflow:auto", "inline-size:40em", "max-block-size:none", "inset-inline-start:20px",
    "position:absolute;right:20px", "right:0", "margin-inline:auto", "text-indent:2em",
    "text-indent:100%",  # the first line starts on the next one: the text wraps and is read
    "text-indent:100%;overflow:hidden",  # and wraps inside the box
])
def test_ordinary_layout_in_the_same_properties_leaves_the_answer_visible(style: str) -> None:
    text = html_to_text(f"<div style='{style}'>I use Sprout Social.</div>")
    assert "Sprout Social" in text.text
