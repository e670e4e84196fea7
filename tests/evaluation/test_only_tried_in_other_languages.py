"""A tool only tried is not used, in Spanish, German, French and Portuguese as in English ("trialled", "tried
out"): "hin und wieder teste ich das ein oder andere Social-Media-Management-Tool", "de vez en cuando pruebo
Metricool", "je teste Agorapulse en ce moment", "testei o Sendible". These are soft cues: the sentence may take
the tool up again ("Ich teste Hootsuite seit einem Jahr und nutze es täglich")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("text", "language", "tool"), [
    ("Hin und wieder teste ich das ein oder andere Social-Media-Management-Tool. Ich arbeite mit Excel.", "de",
     "Social-Media-Management-Tool"),
    ("De vez en cuando pruebo Metricool. Trabajo con Excel.", "es", "Metricool"),
    ("Je teste Agorapulse en ce moment. J'utilise Canva.", "fr", "Agorapulse"),
    ("Testei o Sendible no ano passado. Uso o Canva.", "pt", "Sendible"),
])
def test_a_tool_only_tried_is_not_used(text: str, language: str, tool: str) -> None:
    assert tool not in find_tools(Reading.of(text, language)).evidence


def test_a_tool_tried_and_taken_up_is_used() -> None:
    assert "Hootsuite" in find_tools(Reading.of("Ich teste Hootsuite seit einem Jahr und nutze es täglich.",
                                                "de")).evidence


def test_in_a_thinner_language_a_tool_only_tried_is_a_doubt_not_a_gap() -> None:
    """The rest of the reply may take the tool up in words the German lists do not know: a person decides."""
    reply = ("Hallo Alex,\n\nHin und wieder teste ich das ein oder andere Social-Media-Management-Tool. Am Ende "
             "arbeite ich mit meinen Excel-Listen.\n\nIch schaue auf Reichweite, Engagement und Wachstum.\n\n"
             "Reagieren Sie sachlich und sprechen Sie den wütenden Kunden direkt an.\n")
    judgement = judge_rules(reply, EvaluationSettings())
    assert judgement.verdict.value == "needs_review"
    assert any("only tried" in note for note in judgement.criteria["tools"].notes)
