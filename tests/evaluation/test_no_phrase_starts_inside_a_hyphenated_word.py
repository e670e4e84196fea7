"""An anti-advice phrase does not start inside a word joined by a hyphen: "a rapid-fire back-and-forth" holds no
"fire back", and had turned the advice beside it ("step in and calm everyone down") against the tip. Said as words of
their own, "fire back" is still anti advice, and "never fire back" still advises against it."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ASKED = "1) I use Buffer and Canva.\n2) I watch reach, saves and engagement rate.\n3) "


def test_a_hyphenated_word_holds_no_anti_phrase(thresholds: EvaluationSettings) -> None:
    tip = judge_rules(_ASKED + "When a rapid-fire back-and-forth turns heated, step in and calm everyone down.",
                      thresholds).criteria["angry_customer_tip"]
    assert tip.met, tip
    assert not any("anti advice" in note for note in tip.notes)


@pytest.mark.parametrize(("text", "met"), [
    ("When they get heated, fire back at them and insult them.", False),
    ("Never fire back at them; answer calmly.", True),
])
def test_the_phrase_as_words_of_their_own_still_counts(text: str, met: bool, thresholds: EvaluationSettings) -> None:
    assert judge_rules(_ASKED + text, thresholds).criteria["angry_customer_tip"].met is met
