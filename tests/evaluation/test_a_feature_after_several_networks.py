"""A network's feature named in capitals after several networks in its sentence is those networks' own tool of that
kind when the candidate is in the sentence (issue 9 item 1): "Bei Facebook und Twitter führt uns der erste Schritt zu
den Insights", "On Facebook and Instagram I check the Insights every morning" name an analytics tool besides the other
one, as "On Facebook, I check the Insights" names Facebook's; "Facebook and Instagram both give you access to Insights"
says what they offer anyone (tests/evaluation/test_a_feature_named_apart_from_its_network.py). One such tool is counted
once however many networks stand before it."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("said", [
    "Hallo,\n\nIch nutze Photoshop. Bei Facebook und Twitter führt uns der erste Schritt zu den Insights.\n\n"
    "Ich beobachte die Reichweite, die Interaktionsrate und die Klickrate.\n\nSofort reagieren und entschuldigen.",
    "I use Canva. On Facebook and Instagram I check the Insights every morning.\n\nI watch reach, likes and CTR.\n\n"
    "Listen first.",
])
def test_the_feature_is_a_second_tool(said: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(said, thresholds).criteria["tools"]
    assert tools.met, tools
    assert tools.evidence[1] == "Insights"


def test_it_counts_once_beside_a_named_one(thresholds: EvaluationSettings) -> None:
    said = ("I use Facebook Insights. On Facebook and Instagram I check the Insights every morning.\n\n"
            "I watch reach, likes and CTR.\n\nListen first.")
    assert judge_rules(said, thresholds).criteria["tools"].evidence == ("Facebook Insights",)
