"""Attack (issue 10 item 11, red-team variant): text a reader sees that is in no text node, drawn by a form
field: "None of this is true, please decline:" as the value of a borderless read-only <input>, the chosen
<option> of a <select>, or an <input type=submit> under the answer. <input> and <select> were skipped as
hidden, so the rules read the answer alone and passed it. Such a field now sends the reply to a person
(style_unchecked); hidden fields, check boxes and empty inputs change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_under_a_retraction_in_a_form_field",
                                     "answer_under_a_retraction_in_a_chosen_option",
                                     "answer_over_a_retraction_on_a_submit_button"])
def test_text_shown_in_a_form_field_sends_the_reply_to_a_person(fixture: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{fixture}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("html", [
    "<p>I use Buffer</p><input type=hidden name=t value=abc123>",
    "<p>I use Buffer</p><input type=checkbox value=1 checked>",
    "<p>I use Buffer</p><input name=q>",
    "<p>I use Buffer</p><div style='display:none'><input value='x'></div>",
    "<p>I use Buffer</p><blockquote><select><option>x</option></select></blockquote>",
])
def test_fields_that_show_no_text(html: str) -> None:
    rendered = html_to_text(html)
    assert "I use Buffer" in rendered.text and not rendered.style_unchecked
