""""Diffuse" is how many people spell "defuse" (issue 9 item 3: advice as people write it): "The key is that you
respond to it, and diffuse any bad situations" tells a way to calm the moment, as "defuse" would. Light diffused over
a photo is no such thing: only a situation or tension diffused is."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\nI schedule in Buffer and design in Canva.\n\nMetrics: reach, saves and CTR.\n\n"


@pytest.mark.parametrize("tip", [
    "Tip: Allow negative comments live on your page. The key is that you respond to it, and diffuse any bad "
    "situations.",
    "Tip: a quick, friendly answer will diffuse most tense situations.",
    "Tip: reply within the hour; diffusing the tension early saves the thread.",
])
def test_diffuse_as_defuse_is_a_tip(tip: str) -> None:
    criterion = judge_rules(f"{_ANSWERS}{tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    assert criterion.met, criterion


def test_diffused_light_is_no_tip() -> None:
    tip = "Tip: I diffuse any harsh light with a softbox when I shoot products."
    criterion = judge_rules(f"{_ANSWERS}{tip}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    assert not criterion.met, criterion
