"""Attack (issue 10 item 11, red-team variant): the answer inside a dark box, reset with the ``all`` shorthand.
"all: initial" paints the answer in the reader's default black on the black box around it (a browser shows nothing
of it); "unset" and "revert" reset the box's own properties, and a colour set before "all" in the same style loses
to it. The HTML reader read none of this: the answer kept its parent's light colour and counted. Which declarations
win over a reset is not worked out, so a reply whose own text is shown under one goes to review as style_unchecked
and the model is not asked."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.mail.conftest import FIXTURES


@pytest.mark.parametrize("fixture", [
    "answer_reset_by_all_initial_on_a_dark_box",
    "answer_reset_by_all_unset_in_a_style_block",
    "answer_reset_by_all_revert_on_a_dark_box",
])
def test_an_answer_reset_by_all_goes_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


def test_a_reset_on_text_a_reader_never_sees_changes_nothing() -> None:
    rendered = html_to_text("<p>I use Buffer</p><div style='display:none'><span style='all:initial'>x</span></div>")
    assert rendered.text == "I use Buffer" and not rendered.style_unchecked
