"""An anti phrase joined by "and" or "or" to a predicate whose subject is the other party ("customers may still be
upset and lash out in the comments") tells what they do, not advice to do it, as "when they insult you" does: it
turns no action of its sentence against the tip. A clause naming the speaker or the reader between ("customers
want you to ... and") is not only theirs, and a mark ends the clause. bot/evaluation/advice.py, _advises_against."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS_AND_METRICS = "I use Hootsuite and Canva. I watch reach, engagement rate and response time.\n\n"


@pytest.mark.parametrize("joined", [
    "customers may still be upset and lash out in the comments",
    "some members get frustrated or lash out at the moderators",
    "the trolls often shout and retaliate",
])
def test_their_doing_turns_no_advice_against_the_tip(joined: str) -> None:
    text = (_TOOLS_AND_METRICS + "Even if you do everything right in your messaging—such as using empathy and "
            f"providing proactive updates—{joined}. These people want someone to blame. "
            "Our advice: stay the course. Continue posting empathetic updates.\n")
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met, tip.notes


def test_the_readers_lashing_out_is_still_anti_advice() -> None:
    text = _TOOLS_AND_METRICS + "Tip: listen to the customer and then lash out at them.\n"
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert not tip.met
    assert any("anti advice" in note for note in tip.notes)


def test_a_clause_naming_the_reader_is_not_only_theirs() -> None:
    text = _TOOLS_AND_METRICS + "Tip: when customers push you hard and lash out, apologise.\n"
    # "push you hard and lash out": the reader stands in the clause; the phrase stays read as before (anti).
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert any("lash out" in note for note in tip.notes) or not tip.met
