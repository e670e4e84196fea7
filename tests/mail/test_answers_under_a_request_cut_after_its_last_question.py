"""A candidate who answers inside the request where Outlook quotes without ">" may delete its closing lines: the last
question, even wrapped over two lines, is then the request's last line, and what is typed under it is that question's
answer, not older text after the request. A request that goes on after its last question (its closing lines kept)
reads as before: what follows its last line is a footer or its sign-off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.evaluation.offline import evaluate_bytes
from bot.mail.message import ParsedMail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
FIXTURE = "outlook_answers_under_a_request_cut_after_its_last_question"


def test_the_answer_under_the_last_question_is_the_candidates(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed(FIXTURE)
    assert "Thank them for telling you" in mail.reply_text
    question, answer = mail.answered_questions[-1]
    assert "One tip for dealing" in question and answer.startswith("Thank them for telling you")


def test_the_complete_answer_passes() -> None:
    assert evaluate_bytes((FIXTURES / f"{FIXTURE}.eml").read_bytes(), Settings())["verdict"] == "pass"


def test_a_footer_after_the_requests_closing_lines_stays_older_text(parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: the request kept whole, a footer under it: not the candidate's."""
    mail = parsed("outlook_answers_inline_under_the_request_questions")
    assert "Write from this address" not in mail.reply_text and "Endorse Bot" not in mail.reply_text
