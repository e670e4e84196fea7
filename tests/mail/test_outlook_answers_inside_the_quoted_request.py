"""Issue 9 item 8, class "Outlook/Exchange inline answers": Outlook quotes no line with ">"; it sets its header block
("From: ... Sent: ... To: ... Subject:") over the older message, and a candidate who answers inline types the answers
under the request's questions, or after them on the same line, as plain text. Everything under that header block was
older text, so those answers were dropped and the reply was failed. The request's own lines are known (the bot wrote
them from its templates): those are set aside as the quote, and the lines between them are the candidate's, each with
the question above it as its context. Gmail's web client keeps what is typed inside its quote in the quote, so the
same answers reach us as "> " lines under its attribution: read the same way. Someone else's answers passed on, and a
request quoted with nothing inside it, read as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from bot.settings import Settings
from tests.growth import cpu_growth

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
# Words of the request as the bot sends it (templates/request.*.j2), and of Outlook's header block over it.
REQUEST_WORDS = ("Please tell us", "The tools you use", "The key metrics you watch", "One tip for dealing",
                 "Write from this address", "would like to endorse you", "Hello Owen", "Endorse Bot", "Sent:",
                 "A reminder", "the tools you use", "Just press Reply")


@pytest.mark.parametrize(("fixture", "above"), [
    # Outlook desktop, plain text: "-----Original Message-----" and the answers on lines under each question.
    ("outlook_answers_inline_under_the_request_questions", "I put my answers under each question below."),
    # Outlook for iOS: its phone footer above the rule and header block, which ends only the text above.
    ("outlook_mobile_answers_inline_under_a_phone_footer", "Answers are in the mail below."),
    # Outlook on the web, HTML: the older message quoted whole after "divRplyFwdMsg", each answer typed after its
    # question on the same line.
    ("outlook_answers_typed_after_each_question_on_its_line", "my answers are in red in your mail."),
    # The reminder asks the same questions in its own words; the answer under a question that ends in its number,
    # as "(at least 2),", is no part of the question's line above it.
    ("outlook_answers_inline_under_the_reminders_questions", "the answers are under your points."),
    # Gmail's web client leaves what is typed inside its quote in the quote: the answers reach us as "> " lines.
    ("gmail_answers_typed_inside_the_quoted_request", "my answers are inside your mail."),
])
def test_answers_typed_inside_the_request_are_the_candidates(parsed: Callable[[str], ParsedMail], fixture: str,
                                                               above: str) -> None:
    mail = parsed(fixture)
    text = mail.reply_text
    assert above in text
    assert "Agorapulse" in text and "engagement rate" in text and "Thank them for telling you" in text
    assert not [words for words in REQUEST_WORDS if words in text]  # the request's own text is not counted
    question, answer = mail.answered_questions[-1]  # the tip's question is the context of the answer under it
    assert question.startswith(("One tip for dealing", "3.")) and answer.startswith("Thank them for telling you")
    assert "Agorapulse" in mail.answered_questions[0][1]


@pytest.mark.parametrize("fixture", [
    "outlook_answers_inline_under_the_request_questions",
    "outlook_mobile_answers_inline_under_a_phone_footer",
    "outlook_answers_typed_after_each_question_on_its_line",
    "outlook_answers_inline_under_the_reminders_questions",
    "gmail_answers_typed_inside_the_quoted_request",
])
def test_a_complete_answer_inside_the_request_passes(fixture: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{fixture}.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"


def test_outlooks_mark_before_each_comment_is_no_word_of_the_answer(parsed: Callable[[str], ParsedMail]) -> None:
    """Outlook's "Mark my comments with" puts the writer's name in brackets before each answer typed inside the
    message answered ("[Owen Park] Our team plans ..."): the answers are read without it."""
    mail = parsed("outlook_answers_inline_marked_with_the_writers_name")
    assert "Our team plans every post in Agorapulse" in mail.reply_text and "[Owen Park]" not in mail.reply_text
    assert mail.answered_questions[-1][1].startswith("Thank them for telling you")


def test_a_request_quoted_with_nothing_inside_reads_as_before(parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: the answer above Outlook's header block, the request under it untouched: only the answer is read."""
    mail = parsed("outlook_request_quoted_below_with_nothing_inside")
    assert mail.reply_text == "Our team plans every post in Agorapulse, and I edit the pictures in Canva."
    assert mail.answered_questions == ()


def test_a_colleagues_answers_inside_the_request_are_not_the_senders(parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: the request with answers inside it sits in a colleague's message the sender passes on (another header
    block above it): those answers are the colleague's, not the sender's."""
    mail = parsed("outlook_colleagues_inline_answers_passed_on")
    assert mail.reply_text == "See what Alice answered for our team, I would say the same."


_SHAPE = ("Some words.\nFrom: Endorse Bot <endorse@bot.example>\nSent: Tuesday, December 1, 2026 9:12 AM\n"
          "To: a@x.example\nSubject: s\n\nPlease tell us:\n  1. The tools you use for social media or community work"
          " (at least 2). Canva\n  2. The key metrics you watch (at least 2).\nReach\n"
          "  3. One tip for dealing with angry or frustrated customers.\n")


@pytest.mark.parametrize("shape", [_SHAPE, "The tools you use the key metrics you watch one tip for dealing with\n",
                                   "the " * 70 + "\n"])
def test_reading_answers_inside_the_request_is_linear(shape: str) -> None:
    assert cpu_growth(extract_new_text, shape * 30, shape * 240) < 24
