"""A consequence of the act told before, and an act judged bad outright, imply the tip (issue 9 item 5:
calibrated doubt; a careful grader hesitates, the rules must not fail it).

"3. New moderators often rush to the fix and skip the feelings. That comes across as cold and only makes it
worse." and "Angry customers: deleting their comments is a bad idea." failed: neither tells advice, and a
consequence was read only with an "-ing" subject. A subject pointing back to the act told before ("That",
"Doing so", "...; that is only likely to escalate") or a judgement ("is a bad idea", "is never a good idea", "never
works"; habits.toml [worsens]; told first: "it's useless trying to")
tells a consequence: the advice is implied, and with no tip told beside it a person decides, as for "Arguing
with them only makes it worse". Advice told beside it stays the tip ("stay calm and listen. Anything else only
makes it worse.").
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
    "consequence_of_the_act_told_before",
    "deleting_their_comments_is_a_bad_idea",
    # The judgement told first, the act after it: "It's pretty much useless trying to argue with ...".
    "it_is_useless_trying_to_debate_them",
])
def test_an_implied_tip_goes_to_a_person(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["verdict"] == "needs_review", result
    assert result["reasons"] == ["unsure:angry_customer_tip"]


@pytest.mark.parametrize("scenario", [
    "advice_then_anything_else_makes_it_worse",
    # "The worst thing you can do is respond in anger; that is only likely to escalate the commenter": a consequence
    # pointing back past the semicolon, so neither act is anti advice, and the advice after it is the tip.
    "the_worst_thing_then_own_advice",
])
def test_advice_told_beside_a_consequence_is_the_tip(scenario: str) -> None:
    result = evaluate(scenario)
    assert result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "pass", result
