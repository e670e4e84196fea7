"""A product named by its domain, typed in lower case after a usage frame ("J'utilise dlvr.it", "I curate with
paper.li"), is a tool in any language, as "Swat.io" is (issue 9 item 1). Sentences run together without a space
("I use it.So easy") name no domain."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("said", "name"), [
    ("J’utilise dlvr.it depuis de nombreux mois, avec Hootsuite.", "dlvr.it"),
    ("I use dlvr.it and Hootsuite every day.", "dlvr.it"),
    ("Uso plumquix.io para programar y Hootsuite para medir.", "plumquix.io"),
])
def test_a_lower_case_domain_after_a_usage_frame_is_a_tool(said: str, name: str,
                                                          thresholds: EvaluationSettings) -> None:
    tools = judge_rules(said, thresholds).criteria["tools"]
    assert name in tools.evidence, tools


@pytest.mark.parametrize("said", ["I use it.So easy. And Hootsuite.", "I use Hootsuite and it.It works well.",
                                  "I use it.it works and Hootsuite."])
def test_sentences_run_together_are_no_domain(said: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(said, thresholds).criteria["tools"].evidence == ("Hootsuite",)
