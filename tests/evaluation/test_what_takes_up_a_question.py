"""In a thinner language, a reply that names a question's topic goes to a person rather than failing, but only where
the topic word takes the question up (issue 9 item 5: "fail only what is clearly missing, otherwise review";
bot/evaluation/taken_up.py). Clearly missing, so failed:
- a topic set before a comma that the next clause denies ("Quanto às métricas, não me preocupo muito com elas", "Les
  statistiques, honnêtement, je les regarde rarement");
- a topic word inside what another criterion found ("Analytics" of the tool Google Analytics);
- an app word that names a network's own app ("o próprio aplicativo do Instagram": a channel, no tool).
A topic taken up in words the lists do not know ("Was Kennzahlen angeht, verlasse ich mich lieber auf mein
Bauchgefühl") still goes to a person."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "missing"), [
    ("topic_fronted_and_denied_pt", "metrics"),
    ("topic_fronted_and_denied_fr", "metrics"),
    ("topic_inside_a_tool_name_es", "metrics"),
    ("tools_only_a_networks_own_app_pt", "tools"),
])
def test_a_topic_that_takes_nothing_up_is_clearly_missing(scenario: str, missing: str,
                                                          thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.language != "en"
    assert judgement.verdict == Verdict.FAIL
    assert judgement.reasons == (f"missing:{missing}",)


def test_a_topic_taken_up_in_unknown_words_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("topic_fronted_not_denied_de"), thresholds)
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.reasons == ("partial:metrics",)
