"""Ironic advice is no tip (issue 9 item 3): "try ignoring one. Go ahead. Pretend that furious tweet doesn't exist"
dares the reader to ignore the customer. Pretending it doesn't exist is ignoring by other words (anti advice), and
"Go ahead", "Trust me" urge or vouch with nothing to do in them; the advice after them still counts ("go ahead and
apologise"), and negated, the ignoring is good advice ("never pretend the complaint doesn't exist")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\nI watch reach, saves and response time.\n\n"


def test_a_dare_to_ignore_the_customer_is_no_tip(thresholds: EvaluationSettings) -> None:
    tip = ("If you think complaints are a minor nuisance, try skipping one.\nGo ahead. Pretend that furious review "
           "doesn't exist. Wait a day or two.")
    assert not judge_rules(_ANSWERS + tip, thresholds).criteria["angry_customer_tip"].met


@pytest.mark.parametrize("tip", [
    "With an angry customer, go ahead and apologise first.",
    "Angry customers? Trust me, listen first.",
    "With an angry customer, never pretend the complaint doesn't exist: answer it.",
])
def test_advice_after_an_urging_word_or_a_negated_pretence_counts(tip: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ANSWERS + tip, thresholds).criteria["angry_customer_tip"].met
