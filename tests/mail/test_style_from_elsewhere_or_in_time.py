"""Attack (issue 10, red team): style the bot cannot read decides what a reader sees. A style sheet loaded from
elsewhere ('<link rel="stylesheet" href="https://cand.example/mail.css">', '@import url(...)' in a <style>) may
hold '.a{display:none}' for the answer; an animation ('@keyframes gone{to{opacity:0}}', 'animation: gone 1ms
forwards') fades it out a millisecond after it is drawn; a rule inside an at-rule the reader did not know
('@scope (body) {.a {display:none}}') was skipped. Each answer passed. The bot cannot know what is hidden, so a
reply shown under style from elsewhere or an animation goes to review (style_unchecked), and rules in an unknown
at-rule may hide, never reveal, as those of @media do."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_hidden_by_a_linked_style_sheet",
                                     "answer_hidden_by_an_imported_style_sheet", "answer_faded_out_by_an_animation"])
def test_style_not_read_here_sends_the_reply_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review"
    assert "style_unchecked" in verdict["reasons"]


def test_rules_in_an_at_rule_not_known_may_hide() -> None:
    raw = (FIXTURES / "answer_hidden_in_a_scope_rule.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("html", [
    "<style>@\\69mport url(x.css);</style><p>I use Buffer</p>",  # an at-keyword written with an escape
    "<link rel='Alternate StyleSheet' href='x.css'><p>I use Buffer</p>",
    "<style>.a{animation-name:gone}</style><p class=a>I use Buffer</p>",
])
def test_other_spellings_are_doubted(html: str) -> None:
    assert html_to_text(html).style_unchecked


@pytest.mark.parametrize("html", [
    "<link rel=icon href=x.png><p>I use Buffer</p>",
    "<style>@font-face{font-family:X;src:local(Arial)} @keyframes k{to{opacity:0}}</style><p>I use Buffer</p>",
    "<style>.a{animation:none}</style><p class=a>I use Buffer</p>",
    "<style>@scope (body) {.a {display:block}}</style><p class=a>I use Buffer</p>",
])
def test_what_changes_nothing_is_no_doubt(html: str) -> None:
    read = html_to_text(html)
    assert not read.style_unchecked and "I use Buffer" in read.text


def test_a_reveal_in_an_unknown_at_rule_never_reveals() -> None:
    read = html_to_text("<style>.a{display:none} @scope (body) {.a {display:block!important}}</style>"
                        "<p class=a>I use Buffer</p>")
    assert "I use Buffer" in read.hidden
