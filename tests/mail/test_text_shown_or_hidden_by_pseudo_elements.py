"""Attack (issue 10 item 11, red-team variant): text shown or hidden by a CSS pseudo-element. ``::before`` and
``::after`` (also CSS 2's ``:before``/``:after``) with ``content: "..."`` show text a reader sees that is in no
element ("None of this is true, please decline" before the answer); ``::first-line`` painted white hides the
answer's first line from a reader while the rules read it. Such rules were skipped as "not the element's own
text", so the answer passed. Neither is worked out: the reply now goes to a person as ``style_unchecked``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_taken_back_by_generated_text_before",
                                     "answer_taken_back_by_generated_text_after",
                                     "answer_hidden_in_an_invisible_first_line",
                                     "answer_shown_only_as_generated_text"])
def test_text_shown_or_hidden_by_a_pseudo_element_goes_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()

    assert parse_mail(raw).style_unchecked
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review"
    assert "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("html", [
    "<style>p::before{content:'Not mine: '}</style><p>I use Buffer</p>",
    "<style>p:before{content:'Not mine: '}</style><p>I use Buffer</p>",
    "<style>a::after{content:attr(title)}</style><p>I use <a title='not really'>Buffer</a></p>",
    "<style>li::marker{content:'No: '}</style><ul><li>I use Buffer</li></ul>",
    "<style>.c::after{content:'';position:absolute;top:0;left:0;right:0;bottom:0;background:#fff}</style>"
    "<div class=c>I use Buffer</div>",
    "<style>p::first-letter{font-size:0}</style><p>I use Buffer</p>",
    "<style>div::first-line{opacity:0}</style><div>I use Buffer</div>",
    "<style>p::first-line{text-decoration:line-through}</style><p>I use Buffer</p>",
    "<style>.e::before{content:'Not mine: '}</style><p>I use Buffer <span class=e></span></p>",
    "<p style='content:\"nothing\"'>I use Buffer</p>",
])
def test_a_pseudo_element_that_may_change_what_is_seen_is_doubted(html: str) -> None:
    assert html_to_text(html).style_unchecked


@pytest.mark.parametrize("html", [
    # the clearfix of mail templates: no text, not positioned
    "<style>.cf:after{content:'';display:table;clear:both}</style><div class=cf>I use Buffer</div>",
    # a drop cap: bigger, bolder, still readable
    "<style>p::first-letter{font-size:200%;font-weight:bold;float:left}</style><p>I use Buffer</p>",
    # states and pseudo-elements never seen at rest
    "<style>p::selection{color:#fff}a:hover::after{content:'x'}input::placeholder{color:#fff}</style>"
    "<p>I use Buffer</p>",
    # a rule for an element the reply does not hold, or one that is hidden anyway
    "<style>.gone::before{content:'Not mine'}</style><p>I use Buffer</p>",
    "<style>.e::before{content:'Not mine'}</style><p>I use Buffer</p><div style='display:none' class=e>x</div>",
    # quoted text of the request
    "<style>.q::before{content:'x'}</style><p>I use Buffer</p><blockquote><p class=q>old</p></blockquote>",
])
def test_pseudo_elements_that_change_nothing_read(html: str) -> None:
    rendered = html_to_text(html)
    assert not rendered.style_unchecked
    assert "I use Buffer" in rendered.text
