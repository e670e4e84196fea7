"""A tip by example told with an adverb between the candidate and the past verb ("I first apologised to
her", "we immediately called them") is a story of what they did, as "I acknowledged" is
(bot/evaluation/tips.py, `_STORY`)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Buffer and design in Canva. I watch reach, CTR and saves every week.\n\n"


@pytest.mark.parametrize("story", [
    "When a furious client wrote in, I first apologised to her, explained the delay and offered a refund.",
    "When a furious client wrote in, we immediately called them, apologised and offered a refund.",
])
def test_what_the_candidate_did_with_an_angry_person_is_the_tip(story: str) -> None:
    assert judge_rules(_ANSWERS + story + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met
