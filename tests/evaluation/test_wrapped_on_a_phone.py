"""Paragraphs wrapped at a phone's width (30 to 45 columns) are read as typed, where the sentence plainly runs on.

A narrow paragraph's short lines are as often answers or list items of their own, so there a break is a wrap only
when the line ends in no mark and the next one goes on in lower case or with a figure ("saved / more than 300 times,
shared more than / 120 times").
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.wrapping import unwrap
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_figures_cut_by_a_phones_wrap_are_read_whole(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("wrapped_on_a_phone"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert "shared more than 120" in judgement.criteria["metrics"].evidence


def test_a_narrow_wrap_keeps_the_length_and_joins_only_running_lines() -> None:
    text = reply("wrapped_on_a_phone")
    unwrapped = unwrap(text)
    assert len(unwrapped) == len(text)
    assert "shared more than 120 times" in unwrapped
    assert "keep an eye on each week." in unwrapped
    assert unwrapped.startswith("Hi Sam,\n\n")
    assert unwrapped.endswith("Cheers,\nAna\n")


def test_narrow_answers_one_a_line_keep_their_breaks() -> None:
    """Each line opens with a capital: three answers, not one sentence wrapped."""
    text = ("Hootsuite and Buffer for scheduling\n"
            "Reach, saves and replies every week\n"
            "Stay calm and apologise to them first\n")
    assert unwrap(text) == text


def test_a_narrow_line_ending_in_a_mark_keeps_its_break() -> None:
    text = ("We post twice a day on most days,\n"
            "and we answer every comment by noon;\n"
            "others wait until the weekly review\n")
    assert unwrap(text) == text


def test_narrow_lists_one_a_line_keep_their_breaks() -> None:
    """A line of two list commas or more is a list of its own, whatever opens the next line (a figure's thousands mark
    is no list comma: "than 1,000 times" still runs on)."""
    text = ("Metricool, Airtable, Figma\n"
            "reach, saves, follower growth\n"
            "listen, apologise, refund.\n")
    assert unwrap(text) == text


def test_a_list_of_short_lowercase_items_keeps_its_breaks() -> None:
    """Lines far shorter than the paragraph's widest would have taken the next word: typed so."""
    text = ("the tools i use every day at work:\n"
            "later\n"
            "canva\n"
            "notion\n")
    assert unwrap(text) == text
