"""Advice against an act, said as a cleft (issue 9 item 3: negated advice is read with its negation).

"What you should not do ever is to delete comments" read "delete comments" as anti advice: the negation before
an action was read over at most one word, or a verb and "to". A cleft ("not do (ever) is (to)") is read as well,
so the act is advised against, which is the tip ("don't delete their comments") rather than bad advice.
"""

from __future__ import annotations

import pytest

from bot.evaluation.advice import negated_before


@pytest.mark.parametrize("text", [
    "What you should not do ever is to delete",
    "What you should never do is delete",
    "The thing we did not do was delete",
])
def test_a_cleft_negates_the_act_after_it(text: str) -> None:
    assert negated_before(text, len(text) - len("delete"))


@pytest.mark.parametrize("text", [
    "What you should do is delete",
    "If you did not reply, what you do is delete",
])
def test_no_negation_or_a_condition_is_no_advice_against(text: str) -> None:
    assert not negated_before(text, len(text) - len("delete"))
