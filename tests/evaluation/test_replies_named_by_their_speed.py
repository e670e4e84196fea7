"""Replies named by their speed are the response time in a sentence about metrics ("Metrics: speedy answers to tricky
questions", "we track quick replies"); elsewhere a quick reply is a reply, often the tip ("Quick replies and an
apology calm most people"). metrics.toml [response_time]."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Tools: Hootsuite and Trello.\n\n"
_TIP = "\n\nTip: listen to angry customers and apologise."


@pytest.mark.parametrize("said", ["Metrics:\nSpeedy answers to tricky questions\nReturn visits\nReferrals",
                                  "We track quick replies, reach and saves.",
                                  "Our KPIs are fast responses, reach and saves."])
def test_replies_by_their_speed_are_a_metric_among_metrics(said: str) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, EvaluationSettings()).criteria["metrics"]
    assert metrics.met, metrics


def test_quick_replies_in_advice_are_no_metric() -> None:
    text = _TOOLS + "I watch reach and saves.\n\nTip: quick replies and an apology calm most angry people."
    metrics = judge_rules(text, EvaluationSettings()).criteria["metrics"]
    assert not metrics.met, metrics
