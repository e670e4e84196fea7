"""Outlook set to prefix the message it answers with ">" still writes its rule and "From: / Sent: / To: / Subject:"
block plain over it; a candidate answers under each quoted question. A header block starts older text, so the
answers were cut with it. When the block names the bot, the message under it is our request: every unquoted line
between its quoted lines is the candidate's, read as under an "On ... wrote:" line. Someone else's message quoted so
stays someone else's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.message import ParsedMail
from bot.mail.newtext import extract
from bot.settings import Settings
from tests.growth import cpu_growth

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


def test_answers_between_the_bots_quoted_lines_are_the_candidates(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("outlook_header_over_the_request_quoted_with_answers_between")
    text = mail.reply_text
    assert text.startswith("Hi Dana, my answers are under each question.")
    assert "Agorapulse" in text and "come back each week" in text and "Thank them for telling you" in text
    assert "Sent:" not in text and "Please tell us" not in text and "Endorse Bot" not in text
    question, answer = mail.answered_questions[-1]
    assert "One tip for dealing" in question and answer.startswith("Thank them for telling you")


def test_the_complete_answer_passes() -> None:
    raw = (FIXTURES / "outlook_header_over_the_request_quoted_with_answers_between.eml").read_bytes()
    assert evaluate_bytes(raw, Settings())["verdict"] == "pass"


def test_someone_elses_message_quoted_so_stays_theirs(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("outlook_header_over_someone_elses_quote_with_text_between")
    assert mail.reply_text == "Passing this on."


@pytest.mark.parametrize("shape", [
    "> q\nFrom: Endorse Bot <endorse@bot.example>\nSent: today\nTo: x@mail.example\nSubject: s\n",
    "Subject: s\n> q\nanswer\n",
])
def test_reading_a_header_over_a_prefixed_quote_is_linear(shape: str) -> None:
    def read(text: str) -> object:
        return extract(text, recipients=("endorse@bot.example",))

    assert cpu_growth(read, shape * 30, shape * 240) < 24
