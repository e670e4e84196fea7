"""French negation elided into its verb (issue 9 item 4): "je n'utilise plus Feedly", "je n'ai jamais utilisé
Feedly" deny the tool as "je ne l'utilise plus" does; the elided "n'" is read with the verb it is glued to (a cue
written "n'" alone matched nothing). A bare "plus" is "more" and denies nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("said", [
    "Depuis l'année dernière, je n'utilise plus Feedly pour ma veille. Pour programmer, j'utilise Hootsuite.",
    "Pour programmer, j'utilise Hootsuite. Feedly, je ne l'utilise plus depuis l'année dernière.",
])
def test_a_tool_no_longer_used_is_denied(said: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(said, thresholds).criteria["tools"]
    assert tools.evidence == ("Hootsuite",), tools


def test_before_using_a_tool_denies_nothing(thresholds: EvaluationSettings) -> None:
    """"Avant d'utiliser Hootsuite, ..." ([not_cues] "avant d'*", which matched nothing written "avant d'")."""
    said = "Avant d'utiliser Hootsuite, je faisais tout à la main. Aujourd'hui j'utilise aussi Canva pour les visuels."
    assert judge_rules(said, thresholds).criteria["tools"].evidence == ("Hootsuite", "Canva")


def test_a_tool_used_more_stands(thresholds: EvaluationSettings) -> None:
    said = "Depuis l'année dernière, j'utilise plus Feedly pour ma veille. Pour programmer, j'utilise Hootsuite."
    assert judge_rules(said, thresholds).criteria["tools"].evidence == ("Feedly", "Hootsuite")
