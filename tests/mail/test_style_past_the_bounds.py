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


# Style whose effect on the text is worked out only when a page is drawn, or not worked out here at all: the
# text under it may be invisible, so the reply is read, but a person decides.
UNWORKED = {
    "colour_from_a_custom_property": '<style>:root{--ink:#fff}</style><div style="color:var(--ink)">{}</div>',
    "custom_property_with_a_white_fallback": '<div style="color:var(--none, #fff)">{}</div>',
    "display_from_a_custom_property": '<style>:root{--d:none}</style><div style="display:var(--d)">{}</div>',
    "font_size_by_arithmetic": '<div style="font-size:calc(1px - 1px)">{}</div>',
    "colour_by_arithmetic_inside_rgb": '<div style="color:rgb(calc(255) 255 255)">{}</div>',
    "filter_opacity": '<div style="filter:opacity(0)">{}</div>',
    "filter_brightness": '<div style="filter:brightness(50)">{}</div>',
    "blend_mode": '<div style="color:#000;mix-blend-mode:screen">{}</div>',
    "back_of_a_turned_element": '<div style="transform:rotateY(180deg);backface-visibility:hidden">{}</div>',
    "behind_other_content": '<div style="position:relative"><div style="position:absolute;z-index:-1">{}</div>'
                            '<div style="background:#fff">cover</div></div>',
    "custom_property_in_a_rule_with_a_combinator": '<style>div div{display:var(--d)}</style><div><div>{}</div></div>',
}


@pytest.mark.parametrize("case", sorted(UNWORKED))
def test_text_under_style_not_worked_out_sends_the_reply_to_a_person(case: str) -> None:
    mail = parse_mail(_html_reply("", UNWORKED[case].replace("{}", ANSWER)))
    assert "Hootsuite" in mail.reply_text  # read as the reply ...
    assert mail.style_unchecked
    judgement = judge_bounded(mail, EvaluationSettings())
    assert judgement.verdict == Verdict.NEEDS_REVIEW  # ... but it cannot pass on it
    assert STYLE_UNCHECKED in judgement.reasons


WORKED_OUT = {
    "custom_property_on_padding": '<div style="padding:var(--gap)">{}</div>',
    "arithmetic_width_of_a_box_that_does_not_clip": '<div style="width:calc(100% - 20px)">{}</div>',
    "filter_none": '<div style="filter:none">{}</div>',
    "positive_z_index": '<div style="position:relative;z-index:2">{}</div>',
    "unworked_style_only_in_the_quoted_request": '<p>{}</p><blockquote><div style="color:var(--ink)">Old words</div>'
                                                 '</blockquote>',
    "unworked_style_on_hidden_text": '<p>{}</p><div style="display:none;color:var(--ink)">Old words</div>',
}


@pytest.mark.parametrize("case", sorted(WORKED_OUT))
def test_style_that_decides_nothing_about_the_answer_leaves_it_checked(case: str) -> None:
    mail = parse_mail(_html_reply("", WORKED_OUT[case].replace("{}", ANSWER)))
    assert mail.style_unchecked == ""
    assert judge_bounded(mail, EvaluationSettings()).verdict == Verdict.PASS
