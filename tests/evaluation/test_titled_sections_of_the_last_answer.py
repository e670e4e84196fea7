"""Advice written as title lines, each followed by its body ("Acknowledge their concern" / "Sometimes, people just
want to be heard. ..." / "Set boundaries" / "If the negativity is becoming too much, ..."), is one answer to the tip
question when it closes the reply: every titled section of its paragraph, not only the last. A title naming another
question ("Metrics") ends the run. bot/evaluation/answers.py, _with_its_titled_sections."""

from __future__ import annotations

from bot.evaluation.answers import tip_answer
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_SECTIONS = ("Acknowledge their concern\n"
             "Sometimes, people just want to be heard. By acknowledging their concern, you show that you value their "
             "feedback, which can help to dissipate tension.\n"
             "Set boundaries\n"
             "If the negativity is becoming too much, it’s okay to set boundaries and remind viewers of the rules.")
_REPLY = ("Hey Alex,\n\nI use Hootsuite and Canva. I watch reach, engagement rate and response time.\n\n" + _SECTIONS)


def test_every_titled_section_is_the_answer() -> None:
    reading = Reading.of(_REPLY, "en")
    answer = tip_answer(reading, frozenset(), ())
    assert answer is not None
    said = " ".join(reading.text[reading.layout.sentences[i].start : reading.layout.sentences[i].end]
                    for i in sorted(answer.sentences))
    assert "Acknowledge their concern" in said and "Set boundaries" in said


def test_the_first_sections_advice_is_the_tip() -> None:
    tip = judge_rules(_REPLY, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met
    assert "Acknowledge their concern" in tip.evidence


def test_a_title_naming_another_question_ends_the_run() -> None:
    text = ("Hey Alex,\n\nI use Hootsuite and Canva.\n\nMetrics\nI watch reach, engagement rate and response time.\n"
            + _SECTIONS)
    reading = Reading.of(text, "en")
    answer = tip_answer(reading, frozenset(), ())
    assert answer is not None
    assert not any("reach" in reading.text[reading.layout.sentences[i].start : reading.layout.sentences[i].end]
                   for i in answer.sentences)


def test_items_sharing_a_lists_label_are_no_titled_sections() -> None:
    text = ("Quick answers:\n- I use Hootsuite for publishing and Sprout Social for the inbox.\n"
            "- I follow engagement rate, follower growth and response time.\n"
            "- Stay calm, acknowledge the problem in public and take the details to DMs.\n")
    reading = Reading.of(text, "en")
    answer = tip_answer(reading, frozenset({0, 1, 2}), ())
    assert answer is not None
    assert answer.how.startswith("the last paragraph")
    assert sorted(answer.sentences) == [3]
