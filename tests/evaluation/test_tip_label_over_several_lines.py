"""Every line under a label that opens no label of its own answers the label's question: "Tip:" over "It is a good
idea to let your viewers know the house rules." and "Next, if they are still rude, timing out is your friend." is
one answer to the tip question, whose anger word may stand on its second line (bot/evaluation/answers.py,
`_under_the_same_label`). Each line that ends a sentence opens a block, and the tip answer was only the first."""

from __future__ import annotations

from bot.evaluation.answers import tip_answer
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_the_tip_answer_holds_every_line_under_its_label() -> None:
    reading = Reading.of(reply("tip_label_over_several_lines"), "en")
    answer = tip_answer(reading, frozenset(), ())
    assert answer is not None and answer.strong
    said = [reading.text[reading.layout.sentences[i].start : reading.layout.sentences[i].end] for i in answer.sentences]
    assert any("still rude" in s for s in said) and any("house rules" in s for s in said), said
    assert not any("Thanks" in s for s in said), said


def test_advice_under_a_tip_label_with_its_anger_word_a_line_later_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_label_over_several_lines"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS
