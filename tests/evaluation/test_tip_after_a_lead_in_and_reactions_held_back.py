"""A heading line ("Tip" on a line of its own) heads the block after it when that block opens with a lead-in label
naming no question ("Honestly:", "We repeat:"), and holding back one's own reaction ("Don't overreact.", "never
lash out") is handling advice, as not arguing is (bot/evaluation/answers.py `_leads_in`, advice.toml [anti])."""

from __future__ import annotations

from bot.evaluation.answers import tip_answer
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


def test_a_heading_line_heads_the_block_after_its_lead_in() -> None:
    reading = Reading.of(reply("tip_under_a_heading_line_after_a_lead_in"), "en")
    answer = tip_answer(reading, frozenset(), ())
    assert answer is not None and answer.strong
    said = " ".join(reading.text[reading.layout.sentences[i].start : reading.layout.sentences[i].end]
                    for i in sorted(answer.sentences))
    assert "second reply" in said, said


def test_the_advice_after_the_lead_in_is_the_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_under_a_heading_line_after_a_lead_in"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS


def test_dont_overreact_under_a_tip_label_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_dont_overreact_under_a_label"), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS


def test_overreacting_told_as_advice_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_overreact_told_as_advice"), thresholds)
    assert not judgement.criteria[TIP].met, judgement
    assert judgement.verdict != Verdict.PASS
