"""The thing measured may be a hyphened compound: "play-through rate", "opt-in rate", "drop-off rate" (issue 9 item 2).

The grammar of measurement reads the word before a measure head ("ticket volume", "like ratio"). Joined by
hyphens, that word is the last of a compound that names the thing ("add-to-cart", "play-through"), and alone
it is often no thing at all ("through", "in", "off"): the compound is what is measured, and the evidence.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "compounds"), [
    ("compound_play_through_rate", {"play-through rate"}),
    ("compound_opt_in_and_drop_off_rates", {"opt-in rate", "drop-off rate"}),
])
def test_a_compound_names_the_thing_measured(scenario: str, compounds: set[str]) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    metrics = judgement.criteria["metrics"]
    assert metrics.met, metrics
    assert compounds <= set(metrics.evidence), metrics.evidence
    assert judgement.verdict == Verdict.PASS, judgement.reasons


@pytest.mark.parametrize("text", [
    "It was a long day, a high-level view of everything at the first-time meeting.",
    "We met at the drop-in session last time.",
])
def test_a_compound_beside_no_measure_names_nothing(text: str) -> None:
    judgement = judge_rules(text, EvaluationSettings())
    assert judgement.criteria["metrics"].evidence == (), judgement.criteria["metrics"]
