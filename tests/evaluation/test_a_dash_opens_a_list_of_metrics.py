"""A dash after a cue opens its list as a colon does (issue 9 item 2): people write "the metrics you'd expect in
customer management – contact profile, speed of response, reason for contact and associated sentiment", and the
items of that list are metrics as they would be after a colon. A dash that opens no list names nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nWe listen with Radian6 and answer tickets in Zendesk.\n\n"
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(answer: str) -> tuple[str, ...]:
    return judge_rules(f"{_TOOLS}{answer}{_TIP}", EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_dash_after_the_cue_opens_the_list(dash: str) -> None:
    evidence = _metrics(f"We built an application to monitor social media in line with the metrics you’d expect in "
                        f"customer management {dash} contact profile, speed of response, reason for contact and "
                        f"associated sentiment.")
    assert "contact profile" in evidence and len(evidence) >= 3, evidence


def test_a_hyphen_inside_a_word_opens_nothing() -> None:
    evidence = _metrics("The metrics I watch are follower-growth, then nothing else.")
    assert len(evidence) < 3, evidence
