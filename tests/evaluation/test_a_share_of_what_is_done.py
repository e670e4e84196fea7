"""A share's measure word ("ratio", "rate", "percentage") after a counted action names a metric even where the word
alone is no thing counted: "like ratio", "reply rate", "comment-to-like ratio"; "completion" after what is finished
("video completion") is one too (bot/evaluation/metric_frames.py, `_measured`, `_SHARE_HEADS`)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("named", ["like ratio", "reply rate", "comment-to-like ratio", "video completion"])
def test_the_share_of_an_action_is_a_third_metric(named: str) -> None:
    judgement = judge_rules(f"Every week I look at reach, saves and {named}.\n", EvaluationSettings())
    assert judgement.criteria["metrics"].met


def test_an_action_word_before_a_time_word_is_still_no_thing() -> None:
    judgement = judge_rules("Every week I look at reach, saves and how I like time off.\n", EvaluationSettings())
    assert not judgement.criteria["metrics"].met
