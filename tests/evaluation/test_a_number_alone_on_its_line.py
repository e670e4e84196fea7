"""A number alone on its line numbers the answer under it, as "3. Stay calm." does on one line: many people type
"1." then press Enter before they answer. A reply numbered that way 1, 2, 3 marks its third answer as the tip,
which then needs no anger word ("3.\nMake the call. Never write to them what you would not say in person."). A lone
"3." with no 1 and 2 proves nothing, and a list that runs past 3 is a list, not answers."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

TOOLS = "We schedule everything in Buffer and design in Canva."
METRICS = "I look at reach, saves and click-through rate every Monday."
TIP = "Make the call. Never write to them what you would not say in person."


@pytest.mark.parametrize("mark", ["{n}.", "{n})", "  {n}.", "{n}. "])
def test_a_reply_numbered_on_lines_of_their_own_answers_the_tip_under_3(mark: str,
                                                                       thresholds: EvaluationSettings) -> None:
    parts = [f"{mark.format(n=n)}\n{answer}" for n, answer in enumerate((TOOLS, METRICS, TIP), start=1)]
    judgement = judge_rules("Hi Sam,\n\n" + "\n\n".join(parts) + "\n\nThanks,\nRobin", thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_the_numbers_may_stand_in_one_paragraph_with_their_answers(thresholds: EvaluationSettings) -> None:
    body = f"Hi Sam,\n1.\n{TOOLS}\n2.\n{METRICS}\n3.\n{TIP}\nThanks,\nRobin"
    assert judge_rules(body, thresholds).criteria["angry_customer_tip"].met


def test_a_lone_3_with_no_1_and_2_marks_no_tip(thresholds: EvaluationSettings) -> None:
    body = (f"Hi Sam,\n\n{TOOLS}\n\n{METRICS}\n\nOur three-step launch plan is below.\n\n3.\n{TIP}"
            "\n\nP.S. see you Friday!")
    assert not judge_rules(body, thresholds).criteria["angry_customer_tip"].met


def test_a_list_running_past_3_is_no_numbered_answer(thresholds: EvaluationSettings) -> None:
    steps = (TOOLS, METRICS, TIP, "Post twice a week.")
    parts = [f"{n}.\n{answer}" for n, answer in enumerate(steps, start=1)]
    body = "Hi Sam,\n\n" + "\n\n".join(parts) + "\n\nP.S. see you Friday!"
    assert not judge_rules(body, thresholds).criteria["angry_customer_tip"].met
