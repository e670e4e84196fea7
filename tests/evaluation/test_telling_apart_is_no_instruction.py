""""tell" followed by "if" or "whether" tells things apart: "You can typically tell if someone is angry within the first
few seconds" says what one notices, it tells no one anything and advises nothing; beside an anger word in the tip's
place it had passed as a tip. "Tell them if you can fix it today" names the person told, and stays advice.
bot/evaluation/advice.py, _told_apart."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS_AND_METRICS = "I use Hootsuite and Canva. I watch reach, engagement rate and response time.\n\n"


@pytest.mark.parametrize("said", [
    "You can typically tell if someone is angry within the first few seconds of the interaction.",
    "You can usually tell whether a customer is upset from the first line of their message.",
    "In real life, we can quickly tell when people are angry and venting.",
])
def test_telling_apart_is_no_tip(said: str) -> None:
    tip = judge_rules(_TOOLS_AND_METRICS + said + "\n", EvaluationSettings()).criteria["angry_customer_tip"]
    assert not tip.met


def test_telling_the_person_stays_advice() -> None:
    text = _TOOLS_AND_METRICS + "Tip: when a customer is angry, tell them if you can fix it today.\n"
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met
