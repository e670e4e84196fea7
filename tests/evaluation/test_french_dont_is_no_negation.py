"""Negation cues are words of their own language (issue 9 item 4): English "dont" ("don't" typed without its
apostrophe) is French "of which" ("des blogs, dont je récupère les flux RSS dans l'outil Feedly"), and denies nothing
in a French reply. In English it still denies, and French denies with its own words."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def test_french_dont_denies_nothing(thresholds: EvaluationSettings) -> None:
    said = ("Je suis surtout des blogs, dont je récupère les flux RSS dans l’outil Feedly. "
            "Pour programmer, j'utilise Hootsuite.")
    tools = judge_rules(said, thresholds).criteria["tools"]
    assert tools.evidence == ("Feedly", "Hootsuite"), tools


@pytest.mark.parametrize("said", ["I dont use Feedly anymore. I use Hootsuite.",
                                  "Depuis des mois, je ne touche pas à Feedly. Pour programmer, j'utilise Hootsuite."])
def test_a_denial_in_the_reply_s_own_words_still_denies(said: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(said, thresholds).criteria["tools"].evidence == ("Hootsuite",)
