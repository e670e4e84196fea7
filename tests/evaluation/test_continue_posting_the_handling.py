"""Going on as before is told as advice ("Continue posting empathetic messages", "Carry on answering them": advice.toml
[imperative]), and posting the handling itself names no other target (issue 9 item 3): "Continue posting an
empathetic message and giving updates" is about the angry people, while "Keep posting consistently" is advice about
posting and "stay calm" after it does not change that."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Hi,\n\n1. I schedule in Buffer and design in Canva.\n\n2. Reach, saves and CTR.\n\n"


def _tip(answer: str) -> tuple[bool, tuple[str, ...]]:
    criterion = judge_rules(f"{_ANSWERS}{answer}\n\nThanks", EvaluationSettings()).criteria["angry_customer_tip"]
    return criterion.met, criterion.notes


@pytest.mark.parametrize("answer", [
    "3. These people are looking for someone to blame. Our advice: stay the course. Continue posting empathetic "
    "message and giving updates.",
    "3. Keep posting an empathetic message until the outage is over.",
])
def test_posting_the_handling_is_the_tip(answer: str) -> None:
    met, notes = _tip(answer)
    assert met, notes


def test_posting_content_is_still_another_target() -> None:
    met, notes = _tip("3. Keep posting consistently and stay calm.")
    assert not met and any("not clearly for angry people" in note for note in notes), notes
