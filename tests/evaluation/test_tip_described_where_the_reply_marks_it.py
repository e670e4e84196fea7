"""Where the reply marks its tip (a label, "3)"), a telegraphic answer is advice ("Tip: patience, empathy and a quick
fix"), but a statement about someone, a third person its subject and its verb before the action, describes them:
"Angry customers: our support desk is staffed by people who resolve complaints" goes to a person, not to a pass
(tips._stated_of_someone); a copula naming what to do ("the recipient's job is to hear them out") still advises.
A verb joined by "and" to one an infinitive's "to" or a relative pronoun heads shares that frame and is no
instruction of its own ("they want someone to listen and apologise"; advice._opens_clause)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


@pytest.mark.parametrize("scenario", ["tip_label_over_a_description_of_the_support_desk",
                                      "tip_numbered_what_angry_customers_want"])
def test_a_description_where_the_reply_marks_its_tip_is_no_pass(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"]["angry_customer_tip"]["met"] is False
    assert result["verdict"] == "needs_review"


def test_a_copula_naming_what_to_do_is_still_the_tip() -> None:
    assert evaluate("tip_numbered_the_recipients_job")["verdict"] == "pass"


@pytest.mark.parametrize("text", [
    "Angry customers: half the battle is acknowledging them quickly and apologising for the trouble.",
    "Tip: the key is listening to them before you reply.",
])
def test_a_subject_naming_the_way_is_no_statement_about_someone(text: str) -> None:
    from bot.evaluation.tips import find_tip

    assert find_tip(Reading.of(text, "en")).count >= 1


@pytest.mark.parametrize("text", [
    "Angry customers usually just want someone to listen and apologise.",
    "Our desk has people who resolve complaints and apologise for us.",
])
def test_a_verb_sharing_an_infinitive_or_relative_frame_is_no_instruction(text: str) -> None:
    assert not Advice.of(Reading.of(text, "en")).advice


@pytest.mark.parametrize("text", ["Stay calm and apologise.", "Listen to them and apologise once."])
def test_instructions_joined_by_and_still_advise(text: str) -> None:
    assert Advice.of(Reading.of(text, "en")).advice
