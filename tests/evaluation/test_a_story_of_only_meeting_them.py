"""Under the tip's label, a story of where the candidate worked and whom they met (first-person past verbs of
meeting or being somewhere only: tips._only_met_them) shows experience, not a way of handling anyone: a clear gap,
not a tip by example for a person to read."""

from __future__ import annotations

import pytest

from bot.evaluation.bounded import RulesInput, judge_input
from bot.evaluation.result import Verdict
from bot.settings import Settings

ANSWERS = "Tools: Zendesk and Canva.\nMetrics: reach, CTR and saves.\n"


def verdict_of(tip: str) -> Verdict:
    return judge_input(RulesInput.of_text(ANSWERS + tip), Settings().evaluation).verdict


@pytest.mark.parametrize("tip", [
    "As for angry customers: I used to run a ferry desk, so I met quite a few angry customers.",
    "Angry customers: I worked nights at a hotel and faced plenty of upset guests.",
])
def test_only_meeting_them_is_no_tip(tip: str) -> None:
    assert verdict_of(tip) == Verdict.FAIL


@pytest.mark.parametrize("tip", [
    "As for angry customers: I used to run a ferry desk, and I listened to each caller until they had said it all.",
    "Angry customers: I worked nights at a hotel and offered upset guests a quiet room to talk in.",
])
def test_a_story_of_doing_something_with_them_still_counts_or_goes_to_a_person(tip: str) -> None:
    assert verdict_of(tip) in (Verdict.PASS, Verdict.NEEDS_REVIEW)
