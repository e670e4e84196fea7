"""A negation inside a condition or a "whoever" clause that opens the sentence stays there once a comma closes that
clause, and so does the main clause's own subject when no comma is written: "If you don't want to lose track of
comments, you will find support in Hootsuite", "Wer hier nicht den Überblick verlieren will, findet in Hootsuite eine
Unterstützung" and "When I'm not at my computer I use Hootsuite" deny the losing and the being at the computer, not
the tool (negation.toml [fronted_clause_openers], [fronted_clause_subjects]; bot/evaluation/negation.py,
`_in_a_fronted_clause_closed_before`). A tool inside the condition, or a negation in the main clause, is still
denied."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("said", "language"), [
    ("If you don't want to lose track of comments, you will find support in Hootsuite. I also use Canva.", "en"),
    ("Wer hier nicht den Überblick verlieren will, findet in Hootsuite eine Unterstützung. Ich nutze auch Canva.",
     "de"),
    ("Si no quieres perder el hilo, Hootsuite te ayuda mucho. También uso Canva.", "es"),
    ("When I'm not at my computer I use Hootsuite. I also use Canva.", "en"),
    ("If we don't have an hour to spare we schedule everything in Hootsuite. I also use Canva.", "en"),
    ("Quand je ne suis pas au bureau j'utilise Hootsuite. J'utilise aussi Canva.", "fr"),
    ("Wenn ich nicht im Büro bin nutze ich Hootsuite. Ich nutze auch Canva.", "de"),
])
def test_a_negation_in_a_fronted_condition_does_not_reach_the_tool(said: str, language: str) -> None:
    found = find_tools(Reading.of("Tools:\n" + said, language))
    assert {e.lower() for e in found.evidence} == {"hootsuite", "canva"}, found


@pytest.mark.parametrize("said", [
    "If we don't renew Hootsuite, I will move to Buffer. I also use Canva.",
    "When the budget was cut, we didn't keep Hootsuite. I also use Canva.",
    "When I don't use Hootsuite I use Buffer. I also use Canva.",
    "If the client doesn't pay for Hootsuite we use Buffer. I also use Canva.",
])
def test_a_tool_inside_the_condition_or_a_negated_main_clause_is_still_denied(said: str) -> None:
    found = find_tools(Reading.of("Tools:\n" + said, "en"))
    assert "hootsuite" not in {e.lower() for e in found.evidence}, found
