"""Attack (issue 10 item 11, red-team variants): the answer pushed out of sight, below "Thanks for the questions, I
will write back properly next week. Dana", by space the out-of-sight check did not add up:

- a line of a huge font: ``<div style="font-size:5000px">&nbsp;</div>`` is a 6,000 px tall line;
- a rule with a wide margin: ``<hr style="margin:900px 0">`` (a void element, whose style was never read for space);
- a tall box whose fallback text is not read: ``<svg height=5000>``, ``<video height=5000>`` are drawn at their
  height even though what is inside them is hidden text.

Each sends the reply to review as out_of_sight now. Ordinary headings, rules and pictures change nothing.
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
    "answer_below_a_line_of_a_huge_font",
    "answer_below_a_rule_with_a_wide_margin",
    "answer_below_a_tall_empty_picture",
    "answer_below_a_tall_video",
])
def test_the_answer_below_goes_to_review_as_out_of_sight(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).out_of_sight
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and "out_of_sight" in verdict["reasons"]


@pytest.mark.parametrize("filler", [
    "<h1 style='font-size:48px'>Answers</h1>", "<hr style='margin:24px 0'>", "<svg width=20 height=20></svg>",
    "<div style='font-size:40px'>&nbsp;</div>" * 3, "<video width=320 height=180></video>",
])
def test_ordinary_headings_rules_and_pictures_change_nothing(filler: str) -> None:
    text = html_to_text(f"<p>Thanks, Dana</p>{filler}<p>I use Sprout Social.</p>")
    assert not text.out_of_sight and "Sprout Social" in text.text
