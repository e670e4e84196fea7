"""An account handle is no tool (issue 9 item 1: "a product-like name ... counts when the reply says it is used").

"At @SMUNews, we monitor keywords" names the account the candidate watches from, in the answer to the tools
question; a capitalised rare word after "@" (or "#") is an account or a topic, never a product, however product-like
it looks. The one tool left is one short of the two the criterion asks for.
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_handle_in_the_tools_answer_is_no_tool(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_answer_names_an_account_handle"), thresholds)
    assert judgement.criteria["tools"].evidence == ("HootSuite",)
    assert judgement.verdict == Verdict.FAIL
