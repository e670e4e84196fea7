"""Attack (issue 10 item 11, red-team variant): the answer after a visible "Thanks, I'll answer properly next
week." inside a comment the end of the message leaves open ("<!-- I use Hootsuite ..." with no "-->" and no
">" after it), or a bogus comment ("<? ..."). A browser draws none of it (the comment runs to the end; a tag cut
off by the end is dropped), but the reader escaped every "<" after the last ">" and showed the answer as text,
which passed. What follows a "<" that opens a tag, end tag, comment or bogus comment after the last ">" is now
hidden text; a "<" that opens nothing ("2 < 3") stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_in_a_comment_the_end_of_the_message_leaves_open",
                                     "answer_in_a_bogus_comment_left_open"])
def test_an_answer_the_end_of_the_message_leaves_in_open_markup_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize(("html", "text"), [
    ("<p>Thanks</p><!-- I use Buffer", "Thanks"),
    ("<p>Thanks</p><! I use Buffer", "Thanks"),
    ("<p>Thanks</p></ I use Buffer", "Thanks"),
    ("<p>Thanks</p><b I use Buffer", "Thanks"),
    ("<p>Thanks</p>I use Buffer, 2 < 3", "Thanks\nI use Buffer, 2 < 3"),
    ("<p>Thanks</p>I use Buffer <3", "Thanks\nI use Buffer <3"),
])
def test_what_the_end_of_the_input_leaves_open(html: str, text: str) -> None:
    assert html_to_text(html).text == text
