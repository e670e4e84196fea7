"""A verb no list knows opening its sentence, with a preposition and then the person, is an instruction (issue 9 item 1,
open vocabulary): "Agree with them.", "Commiserate with them.", "Side with the customer" as the answer to the third
question are tips, as "Reassure them." is. A dash after a label may stand before it ("Rule one - agree with them")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = ("I use Hootsuite for scheduling and Canva for design every day.\n\n"
            "I watch reach, engagement rate and click-through rate every week.\n\n")


@pytest.mark.parametrize("tip", [
    "Agree with them. No one can argue for long if you're agreeing with them.",
    "Rule one - agree with them. No one can argue for long if you're agreeing with them.",
    "Commiserate with them. It takes the heat out of any complaint.",
    "Side with the customer, even when the fault is theirs. Nobody stays furious at an ally.",
])
def test_the_instruction_is_the_tip(tip: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_ANSWERS + tip, thresholds)
    assert judgement.criteria["angry_customer_tip"].met, judgement


@pytest.mark.parametrize("said", [
    "Thanks for the questions, and good luck with the endorsements.",  # thanks, no base form
    "Working with them has been a pleasure for years.",  # a gerund opens it
    "Good for them, I say. Nothing more to add.",  # no verb
])
def test_what_opens_no_instruction_is_no_tip(said: str, thresholds: EvaluationSettings) -> None:
    assert not judge_rules(_ANSWERS + said, thresholds).criteria["angry_customer_tip"].met
