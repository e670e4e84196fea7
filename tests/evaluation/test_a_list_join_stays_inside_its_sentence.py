"""A list of tools is joined inside one sentence (issue 9 item 1): "... por ANOS.\\n\\nO Trello é ..." opens a
sentence with the article "O", which is also a join word ("o", Spanish "or"); the capitals ending the sentence before
it are no tool listed with Trello. Joined inside a sentence, an unknown name beside a known tool still counts."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("text", [
    "Fiquei longe de agências por ANOS.\n\nO Trello é uma ferramenta gratuita que uso todo dia.",
    "We kept away from agencies for YEARS. And Trello is what I use every day.",
])
def test_a_word_ending_the_sentence_before_is_no_listed_tool(text: str, thresholds: EvaluationSettings) -> None:
    tools = judge_rules(text, thresholds).criteria["tools"]
    assert [e.lower() for e in tools.evidence] == ["trello"], tools


def test_a_name_joined_inside_the_sentence_is_listed(thresholds: EvaluationSettings) -> None:
    tools = judge_rules("No dia a dia: Zonkify e Trello, sempre.", thresholds).criteria["tools"]
    assert [e.lower() for e in tools.evidence] == ["zonkify", "trello"], tools
