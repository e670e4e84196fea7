"""Attack (issue 10 item 11, red-team variant): a page that offers the reader a dark colour scheme
('<meta name="color-scheme" content="dark">', 'color-scheme: only dark' or ':root{color-scheme: light dark}') with the
answer in a white box, or painted black. A reader in dark mode draws text of no colour of its own light, on a dark
canvas: unseen on the white box, and black text unseen on the canvas. The HTML reader took the default colours to be
black on white only, and the answer passed. Which scheme a reader uses is not known, so the reply goes to review as
style_unchecked."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import FIXTURES


@pytest.mark.parametrize("name", [
    "answer_in_a_white_box_under_a_dark_scheme_meta",
    "answer_in_black_under_a_dark_color_scheme",
    "answer_in_a_white_box_under_a_dark_scheme_rule",
])
def test_the_answer_a_dark_scheme_may_hide_goes_to_review(name: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("html", ['<meta name="color-scheme" content="light"><p>I use Buffer</p>',
                                  '<p style="color-scheme:only light">I use Buffer</p>',
                                  '<p style="color-scheme:normal">I use Buffer</p>'])
def test_a_light_scheme_changes_nothing(html: str) -> None:
    rendered = html_to_text(html)
    assert rendered.text == "I use Buffer" and not rendered.style_unchecked
