"""A name of two capitalised words or more after a usage frame that ends with a product noun in capitals is a
product, however common its words ("For our in-server tickets, we use Ticket Tool", "we rely on Carl Bot";
tool_frames.toml [name_heads], bot/evaluation/tool_names.py `_headed_like_a_product`). A role ("Community Manager")
and a plural naming a kind ("Social Media Tools") are not."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _tools(text: str) -> set[str]:
    return {e.lower() for e in judge_rules(text + "\n", EvaluationSettings()).criteria["tools"].evidence}


@pytest.mark.parametrize(("said", "name"), [
    ("For our in-server tickets, we use Ticket Tool! Server Insights shows the rest.", "ticket tool"),
    ("We rely on Carl Bot for roles, and Server Insights for the numbers.", "carl bot"),
])
def test_a_name_ending_in_a_product_noun_is_a_tool(said: str, name: str) -> None:
    assert name in _tools(said)


@pytest.mark.parametrize("said", [
    "Herramientas: Como Community Manager, necesitas dominar los analytics nativos.",
    "We use Social Media Tools every day, and Server Insights for the numbers.",
])
def test_a_role_or_a_kind_in_capitals_is_no_tool(said: str) -> None:
    assert not _tools(said) & {"como community manager", "social media tools"}
