"""Attack (issue 10 item 11, red-team variant): the answer clipped away by a clip-path shape the HTML reader did not
work out. 'clip-path: path("M0 0")' (an outline of no area), a polygon whose points lie on one line and
'url(#nothing)' (a clip drawn elsewhere, or nowhere) each draw none of the text; only inset(), circle(), ellipse(),
xywh() and rect() were read, so anything else was taken for no clip at all and the answer passed. A clip-path that
is none of those shapes sends the reply to review as style_unchecked."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import FIXTURES


@pytest.mark.parametrize("name", [
    "answer_clipped_by_an_empty_path",
    "answer_clipped_by_a_polygon_on_one_line",
    "answer_clipped_by_a_shape_drawn_elsewhere",
])
def test_the_answer_under_a_shape_not_worked_out_goes_to_review(name: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("style", ["clip-path:none", "clip-path:border-box", "clip-path:inset(0 round 8px)",
                                   "clip-path:circle(50%)", "clip-path:inset(2px) padding-box"])
def test_shapes_that_are_worked_out_change_nothing(style: str) -> None:
    rendered = html_to_text(f'<div style="{style}">I use Buffer</div>')
    assert rendered.text == "I use Buffer" and not rendered.style_unchecked
