"""The quoted question heads its answer as a label does (issue 9 items 3, 5).

An answer written under the quoted "3. One tip for dealing with angry or frustrated customers." is aimed at
those people: the question names them, as a label "Angry customers:" does. One action told as advice there
("Listen through to the very end before you start typing", "Follow up a few days later ...") went to a person
because no anger word stood in the candidate's own words and the action is not one that handles a conflict
by itself. A careful grader reads the question above it. An answer naming someone or something else the
advice is for ("Explain your numbers slowly in the Monday meeting") is still not trusted.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES

TIP = "angry_customer_tip"


def evaluate(name: str) -> dict[str, Any]:
    return evaluate_bytes((FIXTURES / f"{name}.eml").read_bytes(), Settings())


@pytest.mark.parametrize("scenario", [
    "one_action_with_its_manner_under_the_quoted_anger_question",
    "follow_up_later_under_the_quoted_anger_question",
])
def test_one_action_under_the_quoted_anger_question_is_the_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result


def test_an_answer_naming_another_target_is_not_trusted() -> None:
    result = evaluate("one_action_for_a_meeting_under_the_quoted_anger_question")
    assert result["verdict"] != "pass", result
