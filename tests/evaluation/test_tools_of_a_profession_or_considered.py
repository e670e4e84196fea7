"""Tools that are not the candidate's (issue 9 item 1): what a profession uses in general ("Community managers
use tools like Hootsuite and Buffer"), what is only weighed ("only two providers will be considered here"),
and, in German, where every noun is capitalised, a rare noun in the tools answer ("Arbeitsaufkommen") is no
product; a type followed by the brand found there ("ein Social Media Management Tool wie Kontentino.io") is
that one brand."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", ["tools_a_profession_uses", "tools_only_considered"])
def test_a_professions_tools_and_tools_only_considered_are_not_used(scenario: str,
                                                                     thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.verdict == Verdict.FAIL


def test_german_nouns_in_the_tools_answer_are_no_products(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_answer_in_german_nouns"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Kontentino.io",)
    assert judgement.verdict != Verdict.PASS
