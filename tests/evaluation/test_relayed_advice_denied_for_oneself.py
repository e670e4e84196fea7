"""Advice passed on from others and then denied for oneself in a sentence of its own is no tip (issue 9 item 4):
"Most people say they deal with these folks by listening or trying to understand the concerns they have. Not me."
disowns every action of the relayed sentence, as "..., but I just hide their comments" does. The candidate's own
advice after a relay ("... I do too.", "Not me, the customer matters" told as advice) stays advice."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "1) I use Hootsuite and Canva.\n\n2) I watch reach, engagement rate and CTR.\n\n3) "


@pytest.mark.parametrize("denial", ["Not me.", "I don't.", "Not for me!", "But not us."])
def test_the_relayed_actions_are_not_the_candidates(denial: str, thresholds: EvaluationSettings) -> None:
    said = (_ANSWERS + 'Most people say they deal with angry folks by "listening" or "trying to understand" the '
            f"concerns that they have. {denial} I really don't care one way or another.")
    tip = judge_rules(said, thresholds).criteria["angry_customer_tip"]
    assert not tip.met, tip


@pytest.mark.parametrize("after", [
    "I do too, and it works.",
    "Not merely as a formality, though: really listen.",
])
def test_a_sentence_that_agrees_or_goes_on_denies_nothing(after: str, thresholds: EvaluationSettings) -> None:
    said = (_ANSWERS + 'Most people say they deal with angry folks by "listening" or "trying to understand" the '
            f"concerns that they have. {after}")
    assert judge_rules(said, thresholds).criteria["angry_customer_tip"].met
