"""A network's name glued by a dot to more is another product's name (issue 9 item 1): in the answer to the tools
question "Discord.RSS is a busybee" names a bot, as "use Discord.RSS" does, where "Discord." ending a sentence stays
the network."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nMetrics: reach, engagement rate and response time.\n\nTip: listen first and apologise.\n\nThanks"


def _tools(answer: str) -> tuple[bool, tuple[str, ...]]:
    result = judge_rules(f"Hi,\n\nTools: {answer}{_REST}", EvaluationSettings()).criteria["tools"]
    return result.met, result.evidence


@pytest.mark.parametrize("answer", ["YAGPDB. Discord.RSS is a busybee.", "We run two bots, YAGPDB and Discord.RSS."])
def test_a_network_name_glued_to_more_is_a_product(answer: str) -> None:
    met, evidence = _tools(answer)
    assert met and "Discord.RSS" in evidence, evidence


def test_a_network_ending_a_sentence_stays_a_channel() -> None:
    met, evidence = _tools("YAGPDB. We live on Discord. Twitter too.")
    assert not met, evidence
