"""A join and a verb of use open a clause of their own: the tool named there is used, however the one set aside
before it was denied ("We dropped Hootsuite and use Later instead"), and "instead:" names what is taken in the other's
place ("Ask instead: are members engaging?") (negation.toml [boundaries], [not_cues])."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("text", [
    "I design in Canva. We dropped Hootsuite and use Later instead: it is cheaper.",
    "I design in Canva. Last spring we cancelled Sprout and went with Agorapulse.",
])
def test_the_tool_after_the_join_is_used(text: str) -> None:
    tools = judge_rules(text + "\n", EvaluationSettings()).criteria["tools"]
    assert tools.met, tools
    assert not {"Hootsuite", "Sprout"} & set(tools.evidence)


def test_what_instead_introduces_is_watched() -> None:
    text = ("What I watch: how many users were active this month? Ask instead: are members engaging meaningfully? "
            "Do they return regularly?\n")
    assert judge_rules(text, EvaluationSettings()).criteria["metrics"].met
