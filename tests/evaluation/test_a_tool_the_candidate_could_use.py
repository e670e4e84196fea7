"""A tool the candidate says they could use is not one they use: "I could manage it in my Google calendar, or in a
platform like Asana or Basecamp or Trello" (negation.toml [soft_before]: "I could use", "I could manage it in", ...;
taken up after, it is theirs). "Could" elsewhere in the sentence leaves its tools alone."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _tools(text: str) -> tuple[str, ...]:
    return judge_rules(text, EvaluationSettings()).criteria["tools"].evidence


@pytest.mark.parametrize("could", ["I could manage it in Asana, or in a platform like Basecamp or Trello.",
                                   "We could also use Asana or Trello for the calendar."])
def test_a_tool_one_could_use_is_not_used(could: str) -> None:
    assert _tools(f"{could} Day to day I use Hootsuite.\n") == ("Hootsuite",)


@pytest.mark.parametrize("used", ["I could use Canva, and I do every day, with Hootsuite for scheduling.",
                                  "With Hootsuite I could finally schedule a week ahead, and Canva does the visuals.",
                                  "I could not live without Canva and Hootsuite."])
def test_could_beside_tools_in_use_leaves_them_used(used: str) -> None:
    assert set(_tools(used + "\n")) == {"Canva", "Hootsuite"}
