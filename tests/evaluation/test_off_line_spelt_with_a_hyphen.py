"""Taking it "off-line", spelt with a hyphen, is taking it offline (tips.toml [actions], [handling])."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_taking_the_issue_off_line_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_take_it_off_line_hyphenated"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met, judgement
    assert judgement.verdict == Verdict.PASS
