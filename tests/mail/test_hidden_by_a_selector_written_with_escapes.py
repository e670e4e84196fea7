"""Attack (issue 10 item 11, red-team variant): the answer hidden by a rule whose class or id is written with a CSS
escape. A class that starts with a digit can only be written so ('.\\31 a' selects class="1a", '#\\32 024' selects
id="2024"); the style sheet was read from tinycss2's text of the selector, which writes such a name back escaped,
and '.\\31 a' was read as the class "\\31" over an element "a": the rule hid nothing, and the answer passed. A name
is read as its value now; one holding a character of the selector grammar ('.md\\:hide' for class="md:hide") is
not read, and the reply goes to review as style_unchecked."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import FIXTURES, assert_answer_hidden


@pytest.mark.parametrize("name", ["answer_in_a_class_that_starts_with_a_digit",
                                  "answer_in_an_id_that_starts_with_a_digit"])
def test_the_answer_hidden_by_an_escaped_name_never_counts(name: str) -> None:
    assert_answer_hidden(name, "Thanks, I'll answer properly next week.")


def test_a_name_holding_selector_syntax_goes_to_review() -> None:
    result = evaluate_bytes((FIXTURES / "answer_in_a_class_named_with_a_colon.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


def test_an_escape_for_an_ordinary_letter_reads_as_the_letter() -> None:
    rendered = html_to_text('<style>.\\78 y{display:none}</style><p class=xy>x</p><p>I use Buffer</p>')
    assert rendered.text == "I use Buffer"
