"""Attack (issue 10 item 11, red-team variants found by attacking the evaluator): an answer a reader cannot see,
written where the hidden-text reader did not look. Each passed:

- MathML that is never drawn: a formula's ``<annotation>`` / ``<annotation-xml>`` (its source, for programs), every
  child of ``<semantics>`` after the first (MathML Core draws the first only), and ``<mphantom>`` (drawn as blank
  space of the same size);
- size containment: ``contain: size`` (or ``strict``) lays a box out as if it were empty and ``overflow: hidden``
  cuts away what it holds; the reply now goes to review as ``style_unchecked``, as a box that clips at a fixed
  height does.
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
    "answer_in_a_mathml_annotation",
    "answer_in_a_later_child_of_mathml_semantics",
    "answer_in_a_mathml_phantom",
])
def test_an_answer_in_mathml_that_is_never_drawn_never_counts(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Sprout Social" not in mail.reply_text and "Sprout Social" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


def test_an_answer_cut_away_by_size_containment_sends_the_reply_to_review() -> None:
    raw = (FIXTURES / "answer_cut_away_by_size_containment.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and "style_unchecked" in verdict["reasons"]


@pytest.mark.parametrize("html", [
    "<math><semantics><mtext>I use Buffer</mtext><annotation>x^2</annotation></semantics></math>",
    "<math><mrow><mtext>I use Buffer</mtext><mn>2</mn></mrow></math>",
    "<div style='contain:layout paint;overflow:hidden'>I use Buffer</div>",
    "<div style='contain:size'>I use Buffer</div>",
])
def test_what_a_reader_sees_stays_visible(html: str) -> None:
    read = html_to_text(html)
    assert "I use Buffer" in read.text and not read.style_unchecked
