"""A way of handling the angry person, named and then said to be something to do, is advice: "The quickest way to
calm an angry customer is to let them talk", "the most effective thing you can do is to slow down"
(bot/evaluation/advice.py, `_ways_said_to_be_done`). Whatever modifies the way ("quickest", "only ... I've found")
does not matter; "is to" / "is by" does: a way named as a thing ("The quickest way to lose a customer is a slow reply")
advises nothing.

And an action word in a sentence that defines a metric ("cases closed without follow-up") describes the metric:
it is no advice against the tip (bot/evaluation/tips.py, `_read_actions`)."""

from __future__ import annotations

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES

_TOOLS_AND_METRICS = ("I schedule with Buffer and design in Canva. "
                      "I look at reach, link clicks and comments per post.\n\n")


def tip(text: str) -> tuple[int, tuple[str, ...]]:
    finding = find_tip(Reading.of(_TOOLS_AND_METRICS + text, "en"))
    return finding.count, finding.notes


@pytest.mark.parametrize("text", [
    "The fastest way to cool down an upset customer is to repeat their problem back to them.",
    "The easiest way to handle someone who is furious is to give them your full attention and a clear next step.",
    "With angry people, the most effective thing you can do is to slow down and ask what outcome they want.",
    "The only way I've found to get through to an irate customer is to call them and talk it through.",
    "One approach that works with frustrated members is by thanking them for the report and naming a date.",
])
def test_a_way_said_to_be_something_to_do_is_a_tip(text: str) -> None:
    assert tip(text)[0] >= 1


@pytest.mark.parametrize("text", [
    "The quickest way to lose a customer is a slow reply.",
    "Our usual way of counting angry mentions is a weekly export from the inbox.",
])
def test_a_way_named_as_a_thing_advises_nothing(text: str) -> None:
    assert tip(text)[0] == 0


def test_a_reply_whose_tip_is_the_quickest_way_passes() -> None:
    result = evaluate_bytes((FIXTURES / "tip_told_as_the_quickest_way_to_calm_them.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"


def test_an_action_in_a_metrics_definition_is_no_advice_against_the_tip() -> None:
    result = evaluate_bytes((FIXTURES / "metric_defined_without_follow_up_is_no_anti_advice.eml").read_bytes(),
                            Settings())
    tip_result = result["criteria"]["angry_customer_tip"]
    assert not any("anti advice" in note for note in tip_result.get("notes", []))
    assert result["verdict"] != "fail"


def test_anti_advice_in_the_tip_itself_still_counts_against_it() -> None:
    count, notes = tip("Angry customers? Honestly I never apologise and I just ignore them until they go away.")
    assert count == 0
    assert any("anti advice" in note for note in notes)
