"""What it is best or better not to do is advice, as what it is best to do is: "it's best not to take it
personally", "better not to reply while you are still annoyed". A statement of what is best about something else
("the best part is not the money") tells nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("sentence", [
    "You will hear harsh words about the shop, but it's best not to take it personally.",
    "It is best not to answer a furious review the same evening.",
    "Better not to reply while you are still annoyed.",
])
def test_what_is_best_not_to_do_is_advice(sentence: str) -> None:
    assert Advice.of(Reading.of(sentence, "en")).advice


def test_the_best_part_being_something_else_is_no_advice() -> None:
    assert not Advice.of(Reading.of("The best part of the job is not the money.", "en")).advice


def test_it_answers_the_tip_question_in_the_last_paragraph(thresholds: EvaluationSettings) -> None:
    body = ("Hi Sam,\n\nWe schedule everything in Buffer and design in Canva.\n\nI look at reach, saves and "
            "click-through rate every Monday.\n\nYou will hear rude words about your products, but it's best not to "
            "take it personally. They may be aggressive, but mostly they need to be heard.\n\nThanks,\nRobin")
    assert judge_rules(body, thresholds).criteria["angry_customer_tip"].met
