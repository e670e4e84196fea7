"""An apostrophe a charset conversion turned into "?" is read as the apostrophe ("Don?t argue", "it?s", "we?ve"):
a "?" between letters before the end of a contraction, as a whole word. A question mark itself is followed by a
space or a line break, and the text keeps its length."""

from __future__ import annotations

import pytest

from bot.evaluation.apostrophes import restored
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_tip_written_with_lost_apostrophes_is_read(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("apostrophes_lost_to_question_marks"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert any(said.startswith("Don't argue") for said in judgement.criteria["angry_customer_tip"].evidence)


@pytest.mark.parametrize(("text", "read"), [
    ("Don?t take it personally.", "Don't take it personally."),
    ("It?s fine, we?ve seen worse and they?re back.", "It's fine, we've seen worse and they're back."),
    ("I?m sure you?ll like it, I?d say.", "I'm sure you'll like it, I'd say."),
])
def test_each_contraction_gets_its_apostrophe_back(text: str, read: str) -> None:
    assert restored(text) == read


@pytest.mark.parametrize("text", [
    "Why? So you know.",
    "Really?so glad",
    "Is it 5?s or 6?",
    "Which tools?\nTweetDeck",
    "Ready?set?go",
])
def test_a_question_mark_stays_a_question_mark(text: str) -> None:
    assert restored(text) == text
