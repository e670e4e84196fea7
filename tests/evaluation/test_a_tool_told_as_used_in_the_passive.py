"""A name told as used in the passive, as a report of the work puts it ("Postso was used for Instagram", "Zorblax is
used for the newsletter"), is a tool the candidate uses, as "we use Postso for Instagram" is; whose voice it is is
still read ("brands say ... is used for" is not the candidate's)."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_METRICS_AND_TIP = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


@pytest.mark.parametrize("tools", [
    "Hootsuite was used for Twitter and Postso was used for Instagram.",
    "We rely on Hootsuite. Zorblax is used for the newsletter.",
    "Hootsuite and Postso were used for all our accounts.",
])
def test_a_name_used_in_the_passive_is_a_tool(tools: str) -> None:
    criterion = judge_rules("Hi,\n\n" + tools + _METRICS_AND_TIP, EvaluationSettings()).criteria["tools"]
    assert criterion.met, criterion
    assert len(criterion.evidence) == 2, criterion

