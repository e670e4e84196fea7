"""A quantity word typed with one slip before "of" ("numer of", "percantage of", "avergae of") is that quantity:
what it counts is a metric, as it is when spelt right; a real word one slip away ("lumber of") is not."""
from __future__ import annotations

import pytest

from bot.evaluation.metric_frames import _one_slip
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I use Hootsuite and Buffer.\n\n"
_TIP = "\n\nListen to angry customers before you answer.\n"


@pytest.mark.parametrize("metrics", [
    "I track the nubmer of replies, saves and CTR.",
    "The avergae of likes per post, the percantage of shares, and CTR.",
    "Each week: the numbr of new members, churn and CTR.",
])
def test_a_slipped_quantity_counts_what_follows(metrics: str) -> None:
    criterion = judge_rules(_TOOLS + metrics + _TIP, EvaluationSettings()).criteria["metrics"]
    assert criterion.met, criterion


def test_a_slipped_quantity_after_total_is_one_phrase() -> None:
    reply = _TOOLS + 'The stats I watch are "Total numer of posts and registered users".' + _TIP
    right = _TOOLS + 'The stats I watch are "Total number of posts and registered users".' + _TIP
    settings = EvaluationSettings()
    slipped = judge_rules(reply, settings).criteria["metrics"].evidence
    assert len(slipped) == len(judge_rules(right, settings).criteria["metrics"].evidence), slipped


def test_a_real_word_one_slip_away_is_no_quantity() -> None:
    reply = _TOOLS + "We had a lumber of ideas, saves and CTR." + _TIP
    assert not judge_rules(reply, EvaluationSettings()).criteria["metrics"].met


@pytest.mark.parametrize(("word", "name", "slip"), [
    ("numer", "number", True), ("nubmer", "number", True), ("numbers", "number", True), ("nmuber", "number", True),
    ("number", "number", False), ("nuber", "number", True), ("nmbr", "number", False),
    ("percantage", "percentage", True), ("pecrentgae", "percentage", False),
])
def test_one_slip(word: str, name: str, slip: bool) -> None:
    assert _one_slip(word, name) is slip
