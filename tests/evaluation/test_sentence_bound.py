"""A reply of thousands of short lines is read up to [evaluation] max_judged_sentences and goes to a person.

The attack: 20 KB of one word per line ("listen\\n" 2,857 times) is within max_judged_chars, and the rules
spent a few tens of microseconds on every line and action word (0.1 s for 20 KB, 5 s per MB). Now they read
at most max_judged_sentences sentences or lines, so such a reply costs them what 150 lines cost, and it
goes to review as ``too_long`` rather than being decided on a part. Work is counted, not timed: every line
of Python executed in bot/evaluation is one step.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from bot.evaluation.bounded import TOO_LONG, RulesInput, cut_sentences, judge_bounded
from bot.evaluation.result import Judgement, Verdict
from bot.evaluation.rules import judge_rules
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings

_EVALUATION = str(Path(judge_rules.__code__.co_filename).parent)
_ANSWER = ("Tools: Hootsuite, Buffer and Canva.\nMetrics: engagement rate, CTR and reach.\n"
           "Tip: when a customer is angry, listen, apologise and take it private.\n")


def _mail(text: str) -> ParsedMail:
    raw = (b"From: Dana <dana@mail.example>\r\nTo: bot@bot.example\r\nSubject: Re: Skills check\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\nx")
    return dataclasses.replace(parse_mail(raw), reply_text=text)


def _steps(call: Callable[[], object]) -> int:
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(_EVALUATION) else None

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


class _Spy:
    """The rules, recording the text they were given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str, settings: EvaluationSettings, **kw: Any) -> Judgement:
        self.texts.append(text)
        return judge_rules(text, settings, **kw)


def test_a_reply_of_one_word_per_line_costs_the_rules_what_the_bound_costs_and_goes_to_review() -> None:
    settings = EvaluationSettings()
    bound = settings.max_judged_sentences
    lines = "listen\n" * (20_000 // len("listen\n"))  # within max_judged_chars
    assert len(lines) <= settings.max_judged_chars
    spy = _Spy()
    judgement = judge_bounded(_mail(lines), settings, spy)
    assert spy.texts == ["listen\n" * (bound - 1) + "listen"]
    assert judgement.verdict is Verdict.NEEDS_REVIEW and judgement.reasons[0] == TOO_LONG
    assert "max_judged_sentences" in str(judgement.details[TOO_LONG])
    # Nineteen times the lines cost about what the bound does (before: nineteen times the work).
    at_bound = _steps(lambda: judge_bounded(_mail("listen\n" * bound), settings))
    assert _steps(lambda: judge_bounded(_mail(lines), settings)) < 1.2 * at_bound


def test_a_reply_of_many_short_sentences_on_one_line_is_bounded_too() -> None:
    settings = EvaluationSettings()
    judgement = judge_bounded(_mail("Ok. " * 5_000), settings)
    assert judgement.verdict is Verdict.NEEDS_REVIEW and judgement.reasons[0] == TOO_LONG


def test_a_whole_answer_within_the_bound_is_judged_whole() -> None:
    settings = EvaluationSettings()
    for text in (_ANSWER, "\n\n".join([_ANSWER] * 5), _ANSWER + "\n" * 400 + "Thanks,\nDana"):
        judgement = judge_bounded(_mail(text), settings)
        assert judgement.verdict is Verdict.PASS and TOO_LONG not in judgement.reasons, text


def test_the_sentence_bound_is_a_setting() -> None:
    text = _ANSWER * 10  # 30 lines, 40 sentences
    assert TOO_LONG in judge_bounded(_mail(text), EvaluationSettings(max_judged_sentences=20)).reasons
    assert TOO_LONG not in judge_bounded(_mail(text), EvaluationSettings(max_judged_sentences=50)).reasons
    job = RulesInput.of(_mail(text), 20_000, 20)
    assert job.sentences_cut == 20 and job.reply_text.count("\n") < 20


def test_the_cut_counts_sentences_and_lines_but_not_blank_lines_or_spaces() -> None:
    assert cut_sentences("One. Two!\nThree\n\n\nFour? Five", 4) == "One. Two!\nThree\n\n\nFour?"
    assert cut_sentences("One. Two.  \n\n ", 2) == "One. Two.  \n\n "  # nothing after the second
    assert cut_sentences("a" + " " * 100_000 + "b", 2) == "a" + " " * 100_000 + "b"
    assert cut_sentences("x", 1) == "x"
