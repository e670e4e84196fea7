"""An indefinite apposition headed by a product noun says what the name before it is, as "is a tool" does: "Player
XP, a system that gathers sentiment", "Zorblax, a tool for scheduling", "Swello, un outil de planification". A name of
common words counts then, as in any defining frame. A person's role heads its own apposition ("Anna, a system
administrator"), and a place or a person described is no product."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


@pytest.mark.parametrize(("tools", "named"), [
    ("I gained access to Player XP, a system that gathers sentiment across platforms. We also use Hootsuite.",
     "Player XP"),
    ("Most mornings start in Zorblax, a tool for scheduling, and then in Hootsuite.", "Zorblax"),
    ("Our volunteers sign up in Crowdly Hub, an app we pay for, and I post with Hootsuite.", "Crowdly Hub"),
])
def test_a_name_an_apposition_calls_a_tool_counts(tools: str, named: str) -> None:
    criterion = judge_rules(f"Hi,\n\n{tools}{_REST}", EvaluationSettings()).criteria["tools"]
    assert named in criterion.evidence and criterion.met, criterion


@pytest.mark.parametrize("tools", [
    "Our lead is Anna Berg, a system administrator by training. We use Hootsuite.",
    "We moved the team to Port Alba, a city that never sleeps, and we use Hootsuite.",
    "Ask Maria Lund, a friend who knows social media; we use Hootsuite.",
])
def test_a_person_or_a_place_described_is_no_tool(tools: str) -> None:
    criterion = judge_rules(f"Hi,\n\n{tools}{_REST}", EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Hootsuite",), criterion
