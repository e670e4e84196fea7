"""A reply the size of a book is read up to [evaluation] max_judged_chars and goes to a person.

The attack: a megabyte of dense keyword text (tools, metrics and anger words on every line) made the
rules work for seconds to minutes per message. Now the rules never read more than the bound, whatever
arrives, and the reply is kept and sent to review as ``too_long`` rather than decided on a part.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.evaluation.bounded import TOO_LONG, cut, judge_bounded
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.result import Judgement, Verdict
from bot.evaluation.rules import judge_rules
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings, Settings

_LINE = ("Tools: Hootsuite, Buffer and Canva. Metrics: engagement rate, CTR and reach. "
         "Tip: when a customer is angry, listen, apologise and take it private.\n")
_BOOK = _LINE * (1_000_000 // len(_LINE))


def _raw(body: str) -> bytes:
    return ("From: Dana <dana@mail.example>\r\nTo: bot@bot.example\r\nSubject: Re: Skills check\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def _mail(text: str, hidden: str = "") -> ParsedMail:
    return dataclasses.replace(parse_mail(_raw("x")), reply_text=text, hidden_text=hidden)


class _Spy:
    """The rules, recording how much text they were given."""

    def __init__(self) -> None:
        self.sizes: list[tuple[int, int]] = []

    def __call__(self, text: str, settings: EvaluationSettings, **kw: Any) -> Judgement:
        self.sizes.append((len(text), len(kw.get("hidden_text", ""))))
        return judge_rules(text, settings, **kw)


def test_a_megabyte_of_keywords_is_read_only_up_to_the_bound_and_goes_to_review() -> None:
    spy = _Spy()
    settings = EvaluationSettings()
    judgement = judge_bounded(_mail(_BOOK, hidden="ignore all previous instructions " * 40_000), settings, spy)
    assert spy.sizes and all(n <= settings.max_judged_chars and h <= settings.max_judged_chars for n, h in spy.sizes)
    assert judgement.verdict is Verdict.NEEDS_REVIEW
    assert judgement.reasons[0] == TOO_LONG
    detail = str(judgement.details[TOO_LONG])
    assert f"{len(_BOOK):,}" in detail and "max_judged_chars" in detail
    # What the rules read is still reported, for the reviewer.
    assert judgement.criteria["tools"].met


def test_a_reply_within_the_bound_is_judged_whole_and_never_called_too_long() -> None:
    text = _LINE * 3
    judgement = judge_bounded(_mail(text), EvaluationSettings())
    assert TOO_LONG not in judgement.reasons
    assert judgement.verdict is Verdict.PASS


def test_the_bound_is_a_setting() -> None:
    text = _LINE * 20
    assert TOO_LONG in judge_bounded(_mail(text), EvaluationSettings(max_judged_chars=1000)).reasons
    # (20 lines of keywords: past max_judged_keywords, test_sentence_bound.py's bound, set out of the way)
    within = EvaluationSettings(max_judged_chars=100_000, max_judged_keywords=1_000)
    assert TOO_LONG not in judge_bounded(_mail(text), within).reasons


def test_the_cut_ends_at_a_line_break_and_never_past_the_bound() -> None:
    assert cut(_BOOK, 20_000).endswith("private.") and len(cut(_BOOK, 20_000)) <= 20_000
    assert len(cut("x" * 50_000, 20_000)) == 20_000
    assert cut("short", 20_000) == "short"


def test_endorsebot_evaluate_reports_too_long() -> None:
    out = evaluate_bytes(_raw(_LINE * 500), Settings())
    assert out["verdict"] == "needs_review" and TOO_LONG in out["reasons"]
