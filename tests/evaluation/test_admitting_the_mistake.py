"""Owning the mistake told with "admit" is the same handling action as "own the mistake": "Don't be afraid to admit a
mistake or shortcoming", "Admitting fault disarms most of them", "admit when you're wrong" (tips.toml, English
[actions] and the handling list). Telling someone else's admission is no advice: "he admitted his mistake" alone is
no tip."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS_AND_METRICS = "I use Hootsuite and Canva. I watch reach, engagement rate and response time.\n\n"


@pytest.mark.parametrize("tip", [
    "When a customer is angry, don't be afraid to admit a mistake or shortcoming.",
    "Tip: admit when you're wrong, quickly and plainly.",
    "3. With upset customers, admitting fault early takes the heat out of it.",
])
def test_admitting_it_is_a_tip(tip: str) -> None:
    result = judge_rules(_TOOLS_AND_METRICS + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"]
    assert result.met, result.notes


def test_a_story_of_someone_admitting_it_is_no_tip() -> None:
    text = _TOOLS_AND_METRICS + "Last year our CEO admitted his mistake on a podcast.\n"
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
