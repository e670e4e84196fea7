"""Where the reply answers the tools question by its shape (a "Tools" label, numbered 1, under the quoted question),
a tool type told by what such tools can do ("1. I schedule in Hootsuite. Listening tools can flag a crisis before it
grows.") is the candidate's answer, as a recommendation there is (bot/evaluation/tools.py, `Mention.described`);
elsewhere it still describes the trade (tests/evaluation/test_tool_type_told_as_what_such_tools_do.py)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n2. Reach, saves and CTR.\n3. With an angry customer, listen first and apologise.\n"


@pytest.mark.parametrize("tools", [
    "1. I schedule in Hootsuite. Listening tools can flag a crisis before it grows.",
    "Tools: Hootsuite for scheduling. A social listening tool will alert you to every mention.",
])
def test_what_such_tools_do_in_the_tools_answer_is_a_tool(tools: str) -> None:
    judgement = judge_rules(tools + _REST, EvaluationSettings())
    assert judgement.criteria["tools"].met, judgement.criteria["tools"]


def test_the_same_words_outside_the_tools_answer_describe_the_trade() -> None:
    text = ("I schedule in Hootsuite. Listening tools can flag a crisis before it grows.\n\nI watch reach, saves and "
            "CTR.\n\nWith an angry customer, listen first and apologise.\n")
    assert not judge_rules(text, EvaluationSettings()).criteria["tools"].met
