"""A tip told as a rule in the passive or as how little it takes (issue 9 item 3, "advice mood").

"Angry comments should never be taken personally" and "the customer should always be told what happens next" state
a rule for whoever handles them; "all it takes to diffuse a tense situation is to show you value their
opinion" advises as "the key is" does (advice.toml [mood]; diffusing a situation, as people spell it, and responding
to every comment are handling actions, tips.toml [actions]). A passive rule about a number
("engagement should always be highest on weekends") has no handling action in it and advises nothing.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize(("scenario", "evidence"), [
    ("tip_all_it_takes_in_the_last_paragraph", "all it takes to diffuse a tense situation is to show you value"),
    ("tip_passive_rule_in_the_last_paragraph", "Angry comments should never be taken personally"),
])
def test_a_rule_or_what_it_takes_is_a_tip(scenario: str, evidence: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert any(evidence in found for found in judgement.criteria[TIP].evidence), judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


def test_a_passive_rule_about_a_number_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_passive_rule_about_a_number"), thresholds)
    assert not judgement.criteria[TIP].met
    assert judgement.verdict == Verdict.FAIL
