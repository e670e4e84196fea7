"""Attack (issue 10 item 11, red-team variant): a style rule on ``body``, ``html`` or ``:root`` in an HTML reply that
writes neither tag. A browser makes both elements for every document, so ``<style>body{color:#fff}</style>`` paints
every paragraph that sets no colour of its own white, and ``body{background:#121212}`` leaves them black on black;
only the greeting, styled on its own, shows. The reader applied those rules only to tags written in the markup, so
the answer under "I will send my answers next week" passed. Text of no colour of its own on a near-black background
(``<div style="background:#101010">``) was read as seen too: it is drawn in the reader's default black. A ``<body>``
tag written after the text adds its attributes to the body a browser already made (``display:none`` there hides all
of it): that is sent to review.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import assert_answer_hidden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_painted_white_by_a_rule_on_the_unwritten_body",
    "answer_dark_on_a_background_set_on_the_unwritten_body",
])
def test_the_answer_hidden_through_the_implied_body_never_counts(fixture: str) -> None:
    assert_answer_hidden(fixture, "travelling")


def test_a_body_tag_written_after_the_text_that_hides_it_goes_to_review() -> None:
    raw = (FIXTURES / "answer_hidden_by_a_body_tag_written_after_it.eml").read_bytes()
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("markup", [
    "<style>html{display:none}</style><p>I use Later.</p>",
    "<style>:root{opacity:0}</style><p>I use Later.</p>",
    "<style>body{font-size:0}</style><p>I use Later.</p>",
    "<style>body{background:#000}</style><p><font color='#050505'>I use Later.</font></p>",
    # text of no colour of its own is the reader's default black, unseen on a near-black box
    "<div style='background:#101010'><p>I use Later.</p></div>",
    "<table bgcolor='#0a0a0a'><tr><td>I use Later.</td></tr></table>",
])
def test_other_rules_on_the_roots_hide_the_text_under_them(markup: str) -> None:
    text = html_to_text(markup)
    assert "Later" not in text.text and "Later" in text.hidden


@pytest.mark.parametrize("markup", [
    "<style>body{font-family:Arial;color:#333;font-size:14px}</style><p>I use Later.</p>",
    "<style>body{background:#111;color:#eee}</style><p>I use Later.</p>",
    "<div style='background:#101010'><p style='color:#fafafa'>Hi.</p></div><p>I use Later.</p>",
    "<div style='background:#b0c4de'><p>I use Later.</p></div>",
    "<html><head><style>body{margin:0}</style></head><body style='color:#222'><p>I use Later.</p></body></html>",
    # an unclosed <head>: the <body> tag closes it, as in a browser
    "<html><head><title>Re: Skills check</title><body><p>I use Later.</p></body></html>",
    # text after </body> and </html> is still in the body
    "<html><body><p>Hello.</p></body></html><p>I use Later.</p>",
    # a quoted message's own <body> tag further down, restyling nothing a reader loses
    "<p>Hello.</p><blockquote><body style='color:#333'><p>Earlier text.</p></body></blockquote><p>I use Later.</p>",
])
def test_ordinary_roots_leave_the_answer_visible(markup: str) -> None:
    text = html_to_text(markup)
    assert "I use Later." in text.text and not text.style_unchecked
