"""An arrow after a short heading does what a spaced dash does: it labels the line ("Tip -> Ask the customer, 'What
would be an acceptable solution to you?'", "Tools => Hootsuite and Canva", "Metrics → reach"; bot/evaluation/
text.py, `_DASH_LABEL`). A sentence with an arrow in it is still no heading ("I went from Buffer -> Hootsuite")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("arrow", ["->", "=>", "→", "-->"])
def test_the_tip_under_an_arrow_label(arrow: str) -> None:
    text = (f"Tools: Hootsuite and Canva.\nMetrics: reach, CTR and engagement rate.\nTip {arrow} Ask the customer, "
            "\"What would be an acceptable solution to you?\"\n")
    assert judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met


def test_labels_before_arrows_are_read_as_labels() -> None:
    reading = Reading.of("Tools => Hootsuite and Canva.\nMetrics → reach and CTR.", "en")
    assert [s.label is not None for s in reading.layout.sentences] == [True, True]


def test_a_sentence_with_an_arrow_is_no_heading() -> None:
    reading = Reading.of("I went from using Buffer every day -> Hootsuite.", "en")
    assert reading.layout.sentences[0].label is None
