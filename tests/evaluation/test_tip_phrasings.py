"""Clear tips in the ways practitioners write them pass (issue 9 item 3: the tip is read where the reply
answers the third question, in advice mood, without repeating "angry").

One answer a line typed on a phone with no full stops; one action that handles the conflict itself ("take
it offline", "move it to DMs", "de-escalate") where the reply marks its tip; advice told with "-ing" after
"what works for me is"; reading the whole thread first; getting on a call. Advice that names another
target in a last paragraph, and a remark on a phone line, stay no tip. In a reply of one paragraph, the
sentences after the tools and metrics answers answer the third question.
"""

from __future__ import annotations

import pytest

from bot.evaluation.answers import blocks
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "tip_on_a_phone_line_without_stops",
    "phone_line_running_on_with_and",
    "handling_action_alone_in_the_third_answer",
    "private_move_alone_in_the_third_answer",
    "tip_told_with_gerunds_after_what_works",
    "tip_to_read_the_whole_thread_first",
    "tip_on_a_call_with_livid_clients",
    # One paragraph answering the three questions in order: the sentences after the tools and metrics.
    "tip_after_the_other_answers_in_one_paragraph",
    "private_move_after_the_other_answers_in_one_paragraph",
])
def test_a_clear_tip_passes(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    "remark_on_a_phone_line_without_stops",
    "calm_advice_about_launch_week_in_the_last_paragraph",
    "remark_after_the_other_answers_in_one_paragraph",
    "content_advice_after_the_other_answers_in_one_paragraph",
])
def test_no_tip_in_the_same_places(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[TIP].met, judgement.criteria[TIP]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize(("text", "answers"), [
    # One answer a line, no stops: each line that could end a sentence ends an answer.
    ("i use Buffer and Canva\ni watch reach and saves\nsay sorry and fix it", 3),
    # A line ending in a joining word, or a next line opening with one, runs on.
    ("i use Buffer and\nCanva for the graphics", 1),
    ("i watch reach and saves\nand click-through rate", 1),
    # A line of a few words heads what follows.
    ("Tip\nsay sorry and fix it fast", 1),
])
def test_lines_without_stops_end_answers(text: str, answers: int) -> None:
    assert len(blocks(Reading.of(text, "en"))) == answers
