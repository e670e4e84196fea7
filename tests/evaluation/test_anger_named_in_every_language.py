"""Anger is named in many words in every supported language (issue 9 item 4: "frustrating", "agitated", "steamed",
"irate" are anger words in every supported language), as the English list names it: rage, shouting, hostility, hate,
venting, disappointment, people named by the trouble they bring (tips.toml [anger], es/de/fr/pt). Advice where the
reply answers the tip question beside one of them is a tip ("Cuando alguien escribe con rabia ...", "Wenn jemand
wutentbrannt anruft ...", "Quand un client hurle au téléphone ...", "Quando o cliente chega nervoso ...")."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", [
    "anger_named_anew_es", "anger_named_anew_de", "anger_named_anew_fr", "anger_named_anew_pt"])
def test_advice_beside_a_word_of_anger_is_a_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.language != "en"
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
