"""Attack (issue 10 item 11, red-team variants): the answer pushed out of sight, below "Thanks, I will write back
properly next week. Dana", by blank lines the out-of-sight check did not count:

- forty U+2028 LINE SEPARATOR (or U+2029 PARAGRAPH SEPARATOR, or U+0085 NEXT LINE) on one line: a text view and a
  browser break a line at each (Unicode's mandatory breaks), so the reader sees forty blank lines; the bot stripped
  them as trailing white space and saw one;
- forty lines of a tag character (U+E0020), which draws nothing.

Such a reply goes to review as out_of_sight now, as forty empty lines did. A line separator inside a genuine reply
is read as the line break it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_below_forty_line_separators",
    "answer_below_paragraph_separators",
    "answer_below_next_line_characters",
    "answer_below_lines_of_tag_characters",
])
def test_the_answer_below_them_goes_to_review_as_out_of_sight(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).out_of_sight
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and "out_of_sight" in verdict["reasons"]


def test_a_line_separator_in_a_short_reply_is_a_line_break() -> None:
    raw = ("From: Dana <dana@mail.example>\nTo: endorse@bot.example\nSubject: Re: Skills check\n"
           "Content-Type: text/plain; charset=utf-8\n\nI use Canva.\u2028I watch reach.\u2029Dana\n").encode()
    mail = parse_mail(raw)
    assert not mail.out_of_sight
    assert "I use Canva.\nI watch reach." in mail.text
