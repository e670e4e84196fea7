"""The platform's own endorsement mail asks the same three questions in its own words ("Which tools do you use (for
example ...)?", bot/mail/data/platform_request.txt, named in quotes.toml [platform_request_wordings]). A candidate who
answers inside it where Outlook quotes without ">" writes between its lines as inside ours: its lines are set aside
as the quote, the lines between them are the candidate's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.evaluation.offline import evaluate_bytes
from bot.mail import inline
from bot.mail.message import ParsedMail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
FIXTURE = "outlook_answers_inline_under_the_platforms_request"


def test_answers_inside_the_platforms_wording_are_the_candidates(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed(FIXTURE)
    text = mail.reply_text
    assert text.startswith("Hello, answers under your questions.")
    assert "Agorapulse" in text and "come back each week" in text and "Thank them for telling you" in text
    assert "Which tools do you use" not in text and "Just reply from your normal inbox" not in text
    assert "endorsement team" not in text
    question, answer = mail.answered_questions[-1]
    assert question.startswith("3. One tip for dealing") and answer.startswith("Thank them for telling you")


def test_the_complete_answer_passes() -> None:
    assert evaluate_bytes((FIXTURES / f"{FIXTURE}.eml").read_bytes(), Settings())["verdict"] == "pass"


def test_an_answer_repeating_the_questions_examples_stays_the_candidates(parsed: Callable[[str], ParsedMail]) -> None:
    """The request's lines come in its order: "Hootsuite, Buffer" under the question that gives them as examples is
    words of the request from before where the last line ended, an answer repeating them."""
    mail = parsed("outlook_answers_repeating_the_platforms_examples")
    assert "Hootsuite, Buffer" in mail.reply_text and "Engagement rate" in mail.reply_text
    assert mail.answered_questions[0][1] == "Hootsuite, Buffer"


def test_a_variable_that_took_a_line_carries_no_walk_to_the_next() -> None:
    """"The {{ platform }} endorsement team": a line that is "the" and words a variable took is no request line to go
    on under: "1. the tools you use (at least 2)," over "Agorapulse and Canva." leaves the answer the candidate's."""
    request = inline._request()
    first = inline._match_line(request, "  1. the tools you use (at least 2),", {})
    under = inline._match_line(request, "Agorapulse and Canva.", first.states)
    assert not under.whole
