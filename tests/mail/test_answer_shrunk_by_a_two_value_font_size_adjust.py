"""Attack (issue 10 item 11, red-team variant found by probing evaluate with 21 more CSS shapes; 4 passed, 1 of them
hidden from a reader): 'font-size-adjust: ex-height 0.01', the two-value form of CSS Fonts 5 (a font metric, then
its ratio to the font size), draws the answer's letters a hundredth as tall. Only the one-value form ("0.01") was
read as hiding, so the answer passed. Both forms are read now; 'from-font' and readable ratios change nothing."""

from __future__ import annotations

import pytest

from bot.mail.html import html_to_text
from tests.mail.conftest import assert_answer_hidden


def test_the_answer_under_a_two_value_font_size_adjust_never_counts() -> None:
    assert_answer_hidden("answer_shrunk_by_a_two_value_font_size_adjust", "Thanks, I'll answer properly next week.")


@pytest.mark.parametrize("value", ["from-font", "ex-height 0.5", "cap-height from-font", "0.5", "none"])
def test_a_readable_adjustment_changes_nothing(value: str) -> None:
    assert html_to_text(f'<p style="font-size-adjust:{value}">I use Buffer</p>').text == "I use Buffer"
