"""Attack (issue 10, red team): a complete answer, then a line that visibly takes it back: "Scratch that, I
haven't started the job yet.", "Ignore all of the above.", "Haha, just kidding!", "Strike that. None of it is
true.", and the same in Spanish, German, French and Portuguese. The rules read negation mention by mention and
clause by clause, so the answer above passed. A retraction (bot/evaluation/retraction.py, a grammar over
bot/lexicons/retraction.toml: an imperative of disowning with an object pointing at what was written, or a
statement that it was a joke, a lie or untrue, at a clause's start) disowns what comes before it: the reply is
judged from its last retraction on, and a pass that does not pass there goes to review as ``retracted``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.bounded import judge_bounded
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.result import Verdict
from bot.evaluation.retraction import last_retraction
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.growth import cpu_growth

MAIL = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
RETRACTED = ["answer_then_scratch_that", "answer_then_ignore_all_of_the_above", "answer_then_just_kidding",
             "answer_then_strike_that_none_of_it_is_true", "answer_then_retracted_in_spanish",
             "answer_then_retracted_in_german", "answer_then_retracted_in_french",
             "answer_then_retracted_in_portuguese"]
ANSWER = ("I use Hootsuite and Buffer every day to schedule posts, and Canva for the images.\n"
          "Every Monday I track engagement rate, reach and follower growth, and I report click-through rate.\n"
          "When a customer is angry, I acknowledge the problem publicly, apologise, move the conversation to a "
          "direct message and follow up once it is fixed.\n")


@pytest.mark.parametrize("fixture", RETRACTED)
def test_an_answer_taken_back_never_passes(fixture: str) -> None:
    verdict = evaluate_bytes((MAIL / f"{fixture}.eml").read_bytes(), Settings())
    assert verdict["verdict"] == "needs_review"
    assert "retracted" in verdict["reasons"]


def test_a_correction_after_the_retraction_stands() -> None:
    mail = parse_mail(("From: Gina <gina@cand.example>\nTo: bot+abc@bot.test\nSubject: Re: x\n\n"
                       "I use Later for everything.\n\nScratch that, I was thinking of my old job. Here it is:\n"
                       + ANSWER).encode())
    assert judge_bounded(mail, Settings().evaluation).verdict == Verdict.PASS


@pytest.mark.parametrize("text", [
    "If a troll keeps going, just ignore it.",  # advice, not a retraction
    "Ignore that customer's tone and answer the question.",
    "I strike that balance every day.",
    "Forget Hootsuite, Buffer is better.",
    "Customers sometimes think our first reply was a joke.",
    "Ignore my previous answer: here is the full one.",  # opens the reply: nothing taken back
])
def test_what_is_no_retraction(text: str) -> None:
    assert last_retraction(text) is None


@pytest.mark.parametrize(("text", "marker"), [
    (ANSWER + "\nActually, please disregard everything I wrote above.", "disregard everything I wrote above"),
    (ANSWER + "\nScratch all that.", "Scratch all that"),
    (ANSWER + "— jk", "jk"),
    (ANSWER + "\nNone of the above is true, sorry.", "None of the above is true"),
    (ANSWER + "\nOubliez tout ce qui précède.", "Oubliez tout ce qui précède"),
    (ANSWER + "\nStreich das bitte.", "Streich das bitte"),
    (ANSWER + "\nI made all of that up.", "I made all of that up"),
])
def test_retractions_are_found_by_their_grammar(text: str, marker: str) -> None:
    found = last_retraction(text)
    assert found is not None and text[found[0] : found[1]] == marker


@pytest.mark.parametrize("shape", ["scratch " * 4, ". " * 4, ", please " * 4, "- " + " " * 40, ".just kidding" * 4,
                                   ". ok ok" * 4, ".I " * 4, ".scratch that that" * 4])
def test_retractions_are_found_in_linear_time(shape: str) -> None:
    assert cpu_growth(last_retraction, "x " + shape * 2_000, "x " + shape * 16_000) < 24
