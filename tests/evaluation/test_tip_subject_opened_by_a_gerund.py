"""A tip told as a statement whose subject is an act (issue 9 item 3): a light verb's gerund names the act its
object names ("making them feel heard is essential": advice.toml [light_gerunds]), and the gerund may open a part
of the sentence set off by commas before the predicate ("..., and simply taking a step back to cool down, usually
means the conflict sorts itself out"). An act that is no handling ("Keeping our response time low is essential
for us") values nothing about the person."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "evidence"), [
    ("tip_light_verb_gerund_subject", ("making them feel heard is essential.",)),
    ("tip_gerund_subject_set_off_by_commas",
     ("taking a step back to cool down, usually means the conflict sorts itself out.",)),
])
def test_an_act_named_by_its_gerund_is_valued(scenario: str, evidence: tuple[str, ...],
                                              thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == evidence
    assert judgement.verdict == Verdict.PASS


def test_a_light_verb_gerund_of_a_metric_values_no_handling(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_light_verb_gerund_of_a_metric"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ()
    assert judgement.verdict == Verdict.FAIL
