"""Attack (issue 10 item 11, red-team variants found by probing evaluate with 32 more CSS shapes under "Thanks,
I'll answer properly next week."; 6 passed the full answer, 5 of them hidden from a reader):

- 'display: table-column' (or 'table-column-group') on the answer's box: CSS 2.1 section 17.2 renders such a box
  exactly as if it had display:none. Now hidden.
- a 'box-shadow: 0 0 0 9999px #fff' on a positioned box above the answer: a shadow takes no room and is painted
  over what follows, as a screen-wide outline is. Now style_unchecked, as the outline is.
- 'columns: 100' in a 200 px box: the answer a letter a line. A multi-column layout is not worked out: review.
- 'scale: -1 1' (the individual property) mirrors the answer as 'transform: scaleX(-1)' does, which went to review
  already: now it does too.
"""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import FIXTURES, assert_answer_hidden


def test_the_answer_in_a_box_displayed_as_a_table_column_never_counts() -> None:
    assert_answer_hidden("answer_in_a_box_displayed_as_a_table_column", "Thanks, I'll answer properly next week.")


@pytest.mark.parametrize("name", ["answer_under_a_screen_wide_shadow", "answer_in_a_hundred_columns",
                                  "answer_mirrored_by_the_scale_property"])
def test_the_answer_under_a_shadow_in_columns_or_mirrored_goes_to_review(name: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


@pytest.mark.parametrize("html", [
    '<p style="box-shadow:0 2px 4px rgba(0,0,0,.2)">I use Buffer</p>',
    '<p style="column-count:1">I use Buffer</p>', '<p style="scale:1.1">I use Buffer</p>',
    '<table><colgroup><col style="width:50%"></colgroup><tr><td>I use Buffer</td></tr></table>',
])
def test_ordinary_shadows_single_columns_and_scales_change_nothing(html: str) -> None:
    rendered = html_to_text(html)
    assert rendered.text == "I use Buffer" and not rendered.style_unchecked
