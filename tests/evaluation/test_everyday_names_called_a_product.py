"""An everyday-word name is plainly the product when the reply says it is one right after it (issue 9 item 1): "Slack
is the tool our team uses", "Later is an app we pay for" name tools, even opening a sentence where a capital says
nothing; "Later is a good time to post" names none."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, saves and CTR.\n\nTip: listen first and apologise to angry customers.\n\nThanks"


@pytest.mark.parametrize("sentence, name", [
    ("Slack is the tool our team uses for asynchronous communication as well as real-time collaboration.", "Slack"),
    ("Later is an app we pay for every month.", "Later"),
    ("Buffer has been our scheduling platform since 2019.", "Buffer"),
])
def test_a_name_called_a_product_counts(sentence: str, name: str) -> None:
    reply = f"Hi,\n\nI publish with Hootsuite.\n{sentence}{_REST}"
    criterion = judge_rules(reply, EvaluationSettings()).criteria["tools"]
    assert criterion.met and name in criterion.evidence, criterion


def test_the_everyday_word_is_no_product() -> None:
    reply = f"Hi,\n\nI publish with Hootsuite.\nLater is a good time to post, honestly.{_REST}"
    criterion = judge_rules(reply, EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Hootsuite",), criterion
