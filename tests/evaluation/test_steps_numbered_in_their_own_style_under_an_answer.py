"""Steps numbered in a style of their own under a numbered answer belong to that answer (bot/evaluation/answers.py,
`_inner_styled`, `_numbered_inside`): a reply answering "1)", "2)", "3)" with the steps "1.", "2.", "3.", "4." under
"3)" at the margin answers the tip question with all four steps, as it would if they stood further in. The lines
under a number alone on its line ("2)") are that answer too. A run in another style that does not start at 1 is no
such list ("1. ... 2. ... 3) ..." typed unevenly stays three answers)."""

from __future__ import annotations

from bot.evaluation.answers import blocks
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_NESTED = """Hello Priya,

1) All escalations go through Slack, and every ticket lives in Zendesk.
2)
- First response time
- SLA breach count
- Backlog age distribution
3)
1. Response immediately.
2. Acknowledge the issue.
3. Apologize sincerely.
4. Try to take it offline.

Best,
Sam"""


def test_steps_in_their_own_style_are_one_answer_under_the_number() -> None:
    reading = Reading.of(_NESTED, "en")
    numbered = [b.number for b in blocks(reading) if b.number is not None]
    assert numbered == [1, 2, 3]


def test_the_steps_under_the_tip_number_are_the_tip() -> None:
    judgement = judge_rules(_NESTED, EvaluationSettings())
    tip = judgement.criteria["angry_customer_tip"]
    assert tip.met, tip.notes
    assert judgement.verdict == Verdict.PASS, judgement.reasons


def test_another_style_not_starting_at_one_is_an_answer_of_its_own() -> None:
    text = ("1. I schedule in Buffer and design in Canva.\n2. I watch reach, saves and the reply time.\n"
            "3) When someone is angry, I listen first and then apologise.")
    assert [b.number for b in blocks(Reading.of(text, "en")) if b.number is not None] == [1, 2, 3]
