"""Issue 9 item 8, class "a second text/plain part that carries the reply is unread": the plain parts of a
message were joined into one text before the new text was looked for, so the quoted request or the signature that
ends the first part cut away every part under it. A client shows each inline text part on its own, one under the
other: an answer sent as a second plain part (under "my answers follow" and Outlook's quoted request), or as a text
file with an inline disposition (RFC 2183 "inline; filename=answers.txt", under a signature), is what the reader
sees the sender write. Each part's new text is read alone, then together; a part that only quotes adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize(("fixture", "first", "answer"), [
    ("answer_in_a_second_plain_part_under_a_quoted_request", "my answers follow below the request",
     "Our team plans every post in Agorapulse"),
    ("answer_in_a_text_file_shown_inline", "I wrote the answers in a note", "Tip: when somebody is furious"),
])
def test_an_answer_in_a_later_plain_part_is_read(parsed: Callable[[str], ParsedMail], fixture: str, first: str,
                                                 answer: str) -> None:
    text = parsed(fixture).reply_text
    assert first in text and answer in text
    assert "Please tell us" not in text and "One tip for dealing" not in text  # the quoted request stays out
    assert "Community lead" not in text  # the first part's signature too


def test_a_later_part_that_only_quotes_the_request_adds_nothing(parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: Apple Mail's quote, in a part of its own under a picture, is still a quote."""
    assert parsed("second_plain_part_only_quoting_the_request").reply_text == (
        "I plan posts in Agorapulse and edit pictures in Canva.")


def test_a_text_file_shown_inline_under_an_html_reply_is_no_disagreement() -> None:
    """An HTML reply (plain and HTML alternatives) with the answers in a text file shown inline under it: both readers
    see the file, so its words are no words the HTML lacks. They were counted against the HTML, and the reply went
    to review as plain and HTML parts that say different things."""
    raw = (FIXTURES / "answer_in_a_text_file_shown_inline_under_an_html_reply.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Tip: when somebody is furious" in mail.reply_text and not mail.parts_disagree
    assert evaluate_bytes(raw, Settings())["verdict"] == "pass"


def test_alternatives_that_say_different_things_beside_a_file_shown_inline_still_disagree(
        parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: the HTML alternative takes back what the plain one says; the file under both changes nothing of that."""
    assert parsed("text_file_shown_inline_under_an_html_reply_that_says_otherwise").parts_disagree
