"""Knowing about a tool, or a tool someone else should know, is not using it (issue 9 item 1:
"tools the candidate uses"): "make sure your new community manager knows about platforms such as
Hootsuite", "anyone in this role should know Buffer". Taken up by the candidate in the same sentence
("... and I use both every day") the tools are theirs."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", ["tools_a_hire_should_know_about", "tools_a_good_hire_should_know"])
def test_tools_someone_should_know_are_not_used(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert any("negated" in note for note in judgement.criteria["tools"].notes)
    assert judgement.verdict == Verdict.FAIL


def test_tools_known_about_and_then_used_count(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_known_about_and_used_both"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Hootsuite", "Buffer")
    assert judgement.verdict == Verdict.PASS
