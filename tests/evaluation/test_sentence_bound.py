"""A reply of thousands of short lines, words or keywords is read up to [evaluation] max_judged_sentences,
max_judged_words and max_judged_keywords, and goes to a person.

The attacks: 20 KB of one word per line ("listen\\n" 2,857 times), or of dense keyword phrases, is within
max_judged_chars, and the rules spent a few tens of microseconds on every line and action word and a few on
every word (0.1 s for 20 KB of lines, 5 s per MB). Now they read at most max_judged_sentences sentences or
lines, max_judged_words words and max_judged_keywords keywords (tools, metrics, usage frames, quantities,
actions, anger words: tens of microseconds each), so such a reply costs them what the bound costs, and it goes
to review as ``too_long`` rather than being decided on a part. Work is counted, not timed: every line of Python executed
in bot/evaluation is one step.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from bot.evaluation import keywords
from bot.evaluation.bounded import TOO_LONG, RulesInput, cut_sentences, cut_to_keywords, cut_words, judge_bounded
from bot.evaluation.result import Judgement, Verdict
from bot.evaluation.rules import judge_rules
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings
from tests.evaluation.steps import steps

_EVALUATION = [str(p) for p in Path(judge_rules.__code__.co_filename).parent.rglob("*.py")]
_ANSWER = ("Tools: Hootsuite, Buffer and Canva.\nMetrics: engagement rate, CTR and reach.\n"
           "Tip: when a customer is angry, listen, apologise and take it private.\n")


def _mail(text: str) -> ParsedMail:
    raw = (b"From: Dana <dana@mail.example>\r\nTo: bot@bot.example\r\nSubject: Re: Skills check\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\nx")
    return dataclasses.replace(parse_mail(raw), reply_text=text)


class _Spy:
    """The rules, recording the text they were given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str, settings: EvaluationSettings, **kw: Any) -> Judgement:
        self.texts.append(text)
        return judge_rules(text, settings, **kw)


# Each bound alone: the others out of the way ("listen" is a keyword too).
_NO_KEYWORD_BOUND = EvaluationSettings(max_judged_keywords=1_000_000)


def test_a_reply_of_one_word_per_line_costs_the_rules_what_the_bound_costs_and_goes_to_review() -> None:
    settings = _NO_KEYWORD_BOUND
    bound = settings.max_judged_sentences
    lines = "listen\n" * (20_000 // len("listen\n"))  # within max_judged_chars
    assert len(lines) <= settings.max_judged_chars
    spy = _Spy()
    judgement = judge_bounded(_mail(lines), settings, spy)
    assert spy.texts == ["listen\n" * (bound - 1) + "listen"]
    assert judgement.verdict is Verdict.NEEDS_REVIEW and judgement.reasons[0] == TOO_LONG
    assert "max_judged_sentences" in str(judgement.details[TOO_LONG])
    # Nineteen times the lines cost about what the bound does (before: nineteen times the work).
    at_bound = steps(lambda: judge_bounded(_mail("listen\n" * bound), settings), _EVALUATION)
    assert steps(lambda: judge_bounded(_mail(lines), settings), _EVALUATION) < 1.2 * at_bound


def test_a_reply_of_dense_metric_phrases_costs_the_rules_what_the_word_bound_costs_and_goes_to_review() -> None:
    settings = _NO_KEYWORD_BOUND
    phrase = "how many people clicked per post and the number of shares per week, "  # no sentence ends
    text = phrase * (20_000 // len(phrase))
    spy = _Spy()
    judgement = judge_bounded(_mail(text), settings, spy)
    assert len(spy.texts[0].split()) == settings.max_judged_words
    assert judgement.verdict is Verdict.NEEDS_REVIEW and judgement.reasons[0] == TOO_LONG
    assert "max_judged_words" in str(judgement.details[TOO_LONG])
    at_bound = steps(lambda: judge_bounded(_mail(spy.texts[0]), settings), _EVALUATION)
    assert steps(lambda: judge_bounded(_mail(text), settings), _EVALUATION) < 1.2 * at_bound


def test_a_reply_of_one_keyword_after_another_costs_the_rules_what_the_keyword_bound_costs() -> None:
    settings = EvaluationSettings()
    phrase = "engagement rate, reach, CTR, share of voice, listen, apologise, Hootsuite, "
    text = phrase * (4_000 // len(phrase))  # one line, fewer than max_judged_words words
    spy = _Spy()
    judgement = judge_bounded(_mail(text), settings, spy)
    assert len(spy.texts[0]) < len(text) // 2
    assert judgement.verdict is Verdict.NEEDS_REVIEW and judgement.reasons[0] == TOO_LONG
    assert "max_judged_keywords" in str(judgement.details[TOO_LONG])
    # What was read holds the bound's keywords, and a keyword more would have been the next word.
    assert text[len(spy.texts[0]):].startswith(("engagement", "reach", "CTR", "share", "listen", "apolog", "Hoot"))
    # What the rules cost on the bound's text, nothing left to cut (the bound's text judged as a reply
    # of its own is cut too, and since a judgement prepares a text once, that cut is nearly free).
    at_bound = steps(lambda: judge_bounded(_mail(spy.texts[0]), _NO_KEYWORD_BOUND), _EVALUATION)
    assert steps(lambda: judge_bounded(_mail(text), settings), _EVALUATION) < 1.5 * at_bound


def test_a_reply_of_no_more_words_than_the_keyword_bound_is_not_looked_up_twice() -> None:
    cut_to_keywords(_ANSWER * 20, 100)  # warm: the lexicons load outside the count
    assert steps(lambda: cut_to_keywords(_ANSWER, 100), [keywords.__file__]) == 0
    assert cut_to_keywords(_ANSWER, 100) is _ANSWER
    assert cut_to_keywords(_ANSWER * 20, 100) != _ANSWER * 20


def test_a_reply_of_many_short_sentences_on_one_line_is_bounded_too() -> None:
    settings = EvaluationSettings()
    judgement = judge_bounded(_mail("Ok. " * 5_000), settings)
    assert judgement.verdict is Verdict.NEEDS_REVIEW and judgement.reasons[0] == TOO_LONG


def test_a_whole_answer_within_the_bound_is_judged_whole() -> None:
    settings = EvaluationSettings()
    # The answer three times over holds about 40 keywords, under the default bound of 50.
    for text in (_ANSWER, "\n\n".join([_ANSWER] * 3), _ANSWER + "\n" * 400 + "Thanks,\nDana"):
        judgement = judge_bounded(_mail(text), settings)
        assert judgement.verdict is Verdict.PASS and TOO_LONG not in judgement.reasons, text


def test_the_sentence_bound_is_a_setting() -> None:
    text = _ANSWER * 10  # 30 lines, 40 sentences
    no_keyword_bound = 1_000_000
    assert TOO_LONG in judge_bounded(_mail(text), EvaluationSettings(max_judged_sentences=20,
                                                                     max_judged_keywords=no_keyword_bound)).reasons
    assert TOO_LONG not in judge_bounded(_mail(text), EvaluationSettings(max_judged_sentences=50,
                                                                         max_judged_keywords=no_keyword_bound)).reasons
    job = RulesInput.of(_mail(text), EvaluationSettings(max_judged_sentences=20))
    assert "20 sentences" in job.cut_at and job.reply_text.count("\n") < 20
    assert TOO_LONG in judge_bounded(_mail(text), EvaluationSettings(max_judged_words=100)).reasons
    assert TOO_LONG in judge_bounded(_mail(text), EvaluationSettings(max_judged_keywords=30)).reasons
    assert TOO_LONG not in judge_bounded(_mail(text), EvaluationSettings(max_judged_keywords=200)).reasons


def test_the_cut_counts_sentences_and_lines_but_not_blank_lines_or_spaces() -> None:
    assert cut_sentences("One. Two!\nThree\n\n\nFour? Five", 4) == "One. Two!\nThree\n\n\nFour?"
    assert cut_sentences("One. Two.  \n\n ", 2) == "One. Two.  \n\n "  # nothing after the second
    assert cut_sentences("a" + " " * 100_000 + "b", 2) == "a" + " " * 100_000 + "b"
    assert cut_sentences("x", 1) == "x"


def test_the_word_cut_keeps_the_first_words_and_costs_one_pass() -> None:
    assert cut_words("one, two; three four", 3) == "one, two; three"
    assert cut_words("one, two; three.  ", 3) == "one, two; three.  "  # nothing after the third
    assert cut_words("one two", 3) == "one two"
    long = "word " * 100_000
    assert cut_words(long, 1000) == long[: 5 * 1000 - 1]
    assert cut_words("- " * 100_000 + "x", 2) == "- " * 100_000 + "x"
