"""Style the reader never reads cannot vouch for the text (issue 10 item 11).

The style sheet is read up to ``css.MAX_RULES`` rules and ``css.MAX_STYLE_CHARS`` characters, which bounds
the work a hostile message can cause. A rule past those bounds may hide text that is then read as
visible, so an HTML reply whose style goes past them is judged, but never passed: a person decides
(``style_unchecked``). Style nested too deeply for the CSS parser is treated the same way, and the reply
is still read. An ordinary HTML reply is untouched.
"""

from __future__ import annotations

from typing import NoReturn

import pytest

from bot.evaluation.bounded import STYLE_UNCHECKED, judge_bounded
from bot.evaluation.result import Verdict
from bot.mail import css
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings

ANSWER = ("<p>I use Hootsuite and Canva every day.</p><p>I watch reach, saves and the average first "
          "response time.</p><p>Tip: acknowledge the problem, apologise and take it to a private message.</p>")
HIDDEN = '<p class="late">Sprout Social and Buffer too, plus engagement rate and impressions.</p>'


def _html_reply(style: str, body: str = ANSWER + HIDDEN) -> bytes:
    return ("From: Kim Lee <kim@mail.example>\r\nTo: endorse@bot.example\r\nSubject: Re: Skills check\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n"
            f"<html><head><style>{style}</style></head><body>{body}</body></html>\r\n").encode()


def _benign(n: int) -> str:
    return "".join(f".row{i}{{padding:{i % 9}px}}" for i in range(n))


def test_a_hiding_rule_after_the_rules_read_sends_the_reply_to_a_person() -> None:
    mail = parse_mail(_html_reply(_benign(css.MAX_RULES) + ".late{display:none}"))
    assert "Sprout Social" in mail.reply_text  # the rule that hides it was never read ...
    assert mail.style_unchecked
    judgement = judge_bounded(mail, EvaluationSettings())
    assert judgement.verdict == Verdict.NEEDS_REVIEW  # ... so the reply cannot pass on it
    assert STYLE_UNCHECKED in judgement.reasons
    assert "style rules" in str(judgement.details[STYLE_UNCHECKED])


def test_style_longer_than_the_characters_read_sends_the_reply_to_a_person() -> None:
    filler = "/*" + "x" * css.MAX_STYLE_CHARS + "*/"
    mail = parse_mail(_html_reply(filler + ".late{display:none}"))
    assert mail.style_unchecked
    assert judge_bounded(mail, EvaluationSettings()).verdict == Verdict.NEEDS_REVIEW


def test_style_nested_too_deeply_to_read_keeps_the_reply_and_sends_it_to_a_person(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The CSS parser recurses once per level of nesting. No input we could build gets past the guards
    before it (braces past four levels are flattened), so its failure is stood in for here."""
    def too_deep(*_args: object, **_kwargs: object) -> NoReturn:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(css.tinycss2, "parse_component_value_list", too_deep)
    monkeypatch.setattr(css.tinycss2, "parse_stylesheet", too_deep)
    mail = parse_mail(_html_reply(".a{color:red}" * 10))
    assert mail.error is None and "Hootsuite" in mail.reply_text
    assert mail.style_unchecked == "its style is nested too deeply to read"
    assert judge_bounded(mail, EvaluationSettings()).verdict == Verdict.NEEDS_REVIEW


def test_style_within_the_bounds_hides_as_before_and_the_reply_passes() -> None:
    mail = parse_mail(_html_reply(_benign(40) + ".late{display:none}"))
    assert "Sprout Social" not in mail.reply_text and "Sprout Social" in mail.hidden_text
    assert mail.style_unchecked == ""
    judgement = judge_bounded(mail, EvaluationSettings())
    assert judgement.verdict == Verdict.PASS and STYLE_UNCHECKED not in judgement.reasons
