"""A network's own planner is one of its built-in tools, named before or after the network, in every supported
language: "Facebook's planner", "the Meta planner", "el programador de Meta", "o agendador do Facebook"
(network_tools.txt, scheduling)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("said", [
    "I schedule posts with Facebook's planner and design in Canva.",
    "I schedule posts in the Meta planner and design in Canva.",
    "Programo con el programador de Meta y diseño en Canva.",
    "Eu programo tudo no agendador do Facebook e crio as artes no Canva.",
])
def test_the_planner_and_a_second_tool_make_two(said: str) -> None:
    assert judge_rules(said + "\n", EvaluationSettings()).criteria["tools"].met


def test_the_network_alone_is_still_a_channel() -> None:
    judgement = judge_rules("I post on Facebook and design in Canva.\n", EvaluationSettings())
    assert not judgement.criteria["tools"].met
