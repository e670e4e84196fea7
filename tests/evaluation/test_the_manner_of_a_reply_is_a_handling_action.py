"""The manner of a reply, told by a word of calm or courtesy beside a word for that manner, handles the conflict as
"stay calm" does: "keep your tone calm", "speak in a measured tone", "maintain a composed demeanor" (tips.toml
[demeanour], every kind with every manner, either order). "calm" alone stays no action ("a calm week"), and the
manner of something else is no reply's."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_START = "Hi,\n\nI schedule in Hootsuite and design in Canva.\n\nI watch reach, saves and CTR.\n\n"


@pytest.mark.parametrize("tip", [
    "Keep your tone calm and pleasant, whatever they write.",
    "Speak in a measured tone and let them finish.",
    "Maintain a composed demeanor; the person will follow it.",
])
def test_a_calm_manner_told_as_advice_is_a_tip(tip: str) -> None:
    judgement = judge_rules(_START + tip + "\n\nThanks", EvaluationSettings())
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize("tip", [
    "We had a calm week after the launch.",
    "The tone of our brand videos is warm and the music is calm.",
])
def test_calm_elsewhere_is_no_tip(tip: str) -> None:
    judgement = judge_rules(_START + tip + "\n\nThanks", EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met, judgement
