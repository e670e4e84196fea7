"""Attack (issue 10 item 11, red-team variants): the answer painted white or moved out of sight with CSS the
reader did not understand, under a visible "Thanks, see you soon.", passed as visible text:

- a text colour in a syntax not read (``lab(100% 0 0)``, ``oklch(1 0 0)``, ``color-mix(...)``,
  ``light-dark(white, black)``, the system colour ``Canvas``): now ``style_unchecked`` (review), while the
  keywords that keep the reader's own text colour (``inherit``, ``currentcolor``, Outlook's ``windowtext``) are
  still read as visible;
- ``<font color="ffffff">`` and ``bgcolor="000000"`` without their "#" (browsers read them as #ffffff):
  now read as those colours, so the text is hidden;
- ``inset``, ``translate`` and ``mask-image`` properties, and a transform in three dimensions
  (``rotateX(90deg)``): now ``style_unchecked``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("shape", ["color_lab", "color_oklch", "color_mix", "color_light_dark", "color_system",
                                   "inset_far", "translate_far", "rotate_x_90", "mask_image"])
def test_style_not_worked_out_sends_the_answer_to_review(shape: str) -> None:
    raw = (FIXTURES / f"answer_hidden_by_{shape}.eml").read_bytes()

    assert parse_mail(raw).style_unchecked
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("shape", ["font_color_hashless", "table_bgcolor_hashless"])
def test_a_colour_attribute_without_its_hash_is_read_as_a_browser_reads_it(shape: str) -> None:
    raw = (FIXTURES / f"answer_hidden_by_{shape}.eml").read_bytes()

    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("html", [
    "<p style='color:windowtext'>shown words</p>",
    "<p style='color:WindowText;mso-themecolor:text1'>shown words</p>",
    "<p style='color:inherit'>shown words</p>",
    "<p style='color:currentColor'>shown words</p>",
    "<p style='color:#1f497d'>shown words</p>",
    "<font color='1f497d'>shown words</font>",
    "<p style='transform:rotate(2deg)'>shown words</p>",
])
def test_ordinary_style_is_still_read_as_visible(html: str) -> None:
    text = html_to_text(html)
    assert "shown words" in text.text and not text.style_unchecked
