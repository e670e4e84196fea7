"""A tip told as the speaker's means to an end (issue 9 item 3, "advice mood"): "By listening first and apologising,
I turned him into one of our regulars" advises listening and apologising, as "what I do is ..." would
(`advice._BY_DOING`). The act must be a handling action: "By deleting their angry comments, we keep the page clean"
and "By scheduling posts a week ahead, I free up time" advise nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_handling_act_told_as_the_means_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_told_as_the_means_by_doing"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ("By listening first", "apologising")
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize(("scenario", "verdict"), [
    # Harm told as the means, beside an anger word: no tip, and no clear gap either.
    ("tip_means_by_doing_harm", Verdict.NEEDS_REVIEW),
    ("tip_means_by_doing_something_else", Verdict.FAIL),
])
def test_other_acts_told_as_the_means_are_no_tip(scenario: str, verdict: Verdict,
                                                 thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ()
    assert judgement.verdict == verdict


@pytest.mark.parametrize(("scenario", "evidence"), [
    # The end first, then the means: "You can win most of them back by apologising quickly".
    ("tip_means_told_after_the_end", "You can win most of them back by apologising quickly"),
    # Words between "by" and the modal, and the gerund of a listed action ("repeat* ... back").
    ("tip_means_after_the_end_repeating_back", "just by repeating their complaint back"),
])
def test_a_handling_act_told_as_the_means_after_the_end_is_a_tip(scenario: str, evidence: str,
                                                                 thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert any(evidence in found for found in judgement.criteria["angry_customer_tip"].evidence)
    assert judgement.verdict == Verdict.PASS


def test_harm_told_as_the_means_after_the_end_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_means_after_the_end_doing_harm"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ()
    assert judgement.verdict != Verdict.PASS
