"""A tip told as a habit the candidate gave up is no tip (issue 9 item 3: advice, not any mention of it).

"I no longer bother apologising", "I used to say sorry and hear them out, but I have given that up" and
"... I used to listen and apologise. Not anymore." tell what the candidate does not do; "I used to argue;
now I listen first" still advises (the current habit is the tip), and so does stopping a bad habit.
"""

from __future__ import annotations

import pytest

from bot.evaluation import advice, answers, habits, tips
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply
from tests.evaluation.steps import steps

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "tip_habit_given_up_later_in_the_sentence",
    "tip_no_longer_bothered_with",
    "tip_habit_taken_back_by_the_next_sentence",
    "tip_habit_dropped_in_a_short_next_sentence",
])
def test_a_habit_given_up_is_no_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.FAIL


@pytest.mark.parametrize("scenario", [
    "tip_old_habit_replaced_by_the_advice",
    "tip_old_habit_then_the_current_one",
    "tip_stopped_the_bad_habit",
])
def test_the_current_habit_is_the_tip(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


_FILES = frozenset({tips.__file__, answers.__file__, advice.__file__, habits.__file__})
_MAX_GROWTH = 16


@pytest.mark.parametrize("line", [
    "I used to listen and apologise and listen, ",
    "I used to listen, but I stopped. Not anymore. ",
    "no longer bother apologising used to ",
])
def test_reading_given_up_habits_is_linear(line: str) -> None:
    # Each action reads a bounded window before it, after it and into the next sentence.
    def run(size: int) -> int:
        reading = Reading.of("I use Canva.\n\nTip: " + line * size, "en")
        tips.find_tip(reading)
        return steps(lambda: tips.find_tip(reading), _FILES)

    assert run(8 * 40) / run(40) < _MAX_GROWTH
