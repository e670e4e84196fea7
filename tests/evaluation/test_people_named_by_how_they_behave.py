"""People named by how they behave when things go wrong ("uncooperative users", "unruly members", "argumentative
posters") are the people the tip question asks about: what the candidate did with them, in the tip's place, is a
tip by example, as it is with "angry users"."""
from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ABOVE = "Hi,\n\nI use Buffer and Canva.\n\nI watch reach, saves and CTR.\n\n"


@pytest.mark.parametrize("paragraph", [
    "I have had uncooperative users plenty of times. I tried to understand their issue and talked with them in DMs.",
    "Unruly members show up every month. I hear them out first and then explain the rule they broke.",
    "Argumentative posters are part of the job. I thank them for the feedback and move the talk to email.",
])
def test_what_the_candidate_does_with_people_who_behave_badly_is_a_tip(paragraph: str) -> None:
    judgement = judge_rules(_ABOVE + paragraph, EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement
