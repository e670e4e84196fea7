"""The tip's evidence is what the answer tells as advice: where its only action word stands in a story ("I was on the
phone with a super angry customer") and the advice in another sentence, the advice is quoted, so an admin reads the
tip, not the story."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "I schedule in Hootsuite and design in Canva.\n\nI watch reach, saves and response time.\n\n"


def test_the_advice_is_quoted_not_the_story() -> None:
    tip = ("When I was working in an office, I was on the phone with a super angry customer. It was a reminder that "
           "sometimes the only way to deal with someone who's riled up is to let them tire themselves out.")
    found = judge_rules(_ANSWERS + tip, EvaluationSettings()).criteria["angry_customer_tip"]
    assert found.met, found
    assert all("only way" in quote for quote in found.evidence), found.evidence


def test_actions_told_as_advice_are_quoted_themselves() -> None:
    tip = "Angry customers? Listen first, apologise once and move it to DMs."
    found = judge_rules(_ANSWERS + tip, EvaluationSettings()).criteria["angry_customer_tip"]
    assert any(quote.startswith("apologise") for quote in found.evidence), found.evidence
