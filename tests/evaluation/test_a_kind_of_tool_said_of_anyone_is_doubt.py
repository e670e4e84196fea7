"""A kind of tool named in general terms, outside the answer to the tools question ("Tools like Instagram Insights
and third-party analytics platforms can help you track these metrics"), may be the candidate's own: it is doubt,
never a count (tools.py `_counted`, noted "a kind of tool said of anyone, maybe the candidate's"). With what else
was found it may make up the two tools, and then a person decides; alone it is still a clear gap."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_METRICS_AND_TIP = (
    "I watch reach, saves and click-through rate.\n\nWhen a customer is angry, listen first and apologise.")


def _judge(tools: str) -> tuple[Verdict, tuple[str, ...]]:
    judgement = judge_rules(f"Hi,\n\n{tools}\n\n{_METRICS_AND_TIP}\n\nThanks", EvaluationSettings())
    return judgement.verdict, judgement.reasons


def test_a_kind_of_tool_said_of_anyone_beside_another_tool_goes_to_a_person() -> None:
    verdict, reasons = _judge("Tools like Sprout Social and third-party listening tools can help you catch mentions.")
    assert verdict is Verdict.NEEDS_REVIEW and "unsure:tools" in reasons


def test_a_kind_of_tool_said_of_anyone_alone_is_still_a_gap() -> None:
    assert _judge("Listening tools can alert you to a crisis.")[0] is Verdict.FAIL
