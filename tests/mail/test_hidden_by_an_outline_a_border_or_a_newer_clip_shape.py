"""Attack (issue 10 item 11, red-team variants): an answer a reader never sees under "I will answer them properly
after the holidays", through three pieces of CSS the reader did not know:

- ``outline: 9999px solid #fff`` on the greeting: an outline takes no room and is painted after the text around it
  (CSS 2.1 Appendix E), so a screen-wide one covers the answer below; where it lands is known only when the page is
  drawn, so the reply goes to review (``style_unchecked``);
- ``border-left: 9999px solid #fff`` on the answer: a border before the text pushes it past any reader's pane, as a
  margin or padding of that size does (those were read, borders were not);
- ``clip-path: xywh(0 0 0 0)`` (and ``rect()`` with its bottom at its top), the newer basic shapes of CSS Masking 2:
  they clip everything away, and only ``inset()``, ``circle()``, ``ellipse()`` and ``polygon()`` were read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import assert_answer_hidden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_pushed_off_by_a_screen_wide_border",
                                     "answer_clipped_by_an_empty_xywh_shape"])
def test_the_answer_pushed_off_or_clipped_away_never_counts(fixture: str) -> None:
    assert_answer_hidden(fixture, "holidays")


def test_an_answer_beside_a_screen_wide_outline_goes_to_review() -> None:
    result = evaluate_bytes((FIXTURES / "answer_covered_by_a_screen_wide_outline.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("style", [
    "clip-path:rect(0 0 0 0)", "clip-path:rect(10px 200px 10px 0px)", "clip-path:xywh(0 0 100% 0)",
    "border-top:5000px solid #fff", "border-inline-start:3000px solid transparent", "border-width:0 0 0 9999px",
])
def test_other_empty_shapes_and_wide_borders_hide_too(style: str) -> None:
    text = html_to_text(f"<p>Visible words.</p><div style='{style}'>I use Later.</div>")
    assert "Later" not in text.text and "Later" in text.hidden


@pytest.mark.parametrize("style", [
    "outline:2px solid rgb(0 0 255)", "outline:none", "outline-width:thick", "outline:3px dashed #c00",
    "border-radius:9999px;border:1px solid #ccc", "border-left:4px solid #ccc;padding-left:8px",
    "clip-path:xywh(0 0 100% 100% round 5px)", "clip-path:rect(0 100% 100% 0)", "clip-path:rect(0px 300px 40px 0px)",
])
def test_ordinary_outlines_borders_and_shapes_leave_the_answer_visible(style: str) -> None:
    text = html_to_text(f"<div style='{style}'>I use Later.</div>")
    assert "I use Later." in text.text and not text.style_unchecked
