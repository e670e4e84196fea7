"""An everyday-word product name (tools.txt "?Slack", "?Sprout") opening a sentence of the tools answer, as a
fragment naming it, is the product (tools._opens_a_line_of_the_tools_answer): "2) Slack open all day for the
team." Outside the tools answer, or with a comma or a subject after it, it is still a word of the sentence."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools_of(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en"), (), enough=2).evidence


@pytest.mark.parametrize("text", [
    "1) Zendesk in the morning. Slack open all day for the team.\n2) Reach, CTR and saves.\n3) Stay calm.",
    "1) Hootsuite for the queue. Sprout when a client wants reports.\n2) Reach, CTR and saves.\n3) Stay calm.",
    "Tools:\nZendesk in the morning. Slack open all day for the team.\n\nMetrics: reach, CTR and saves.",
])
def test_a_fragment_naming_it_in_the_tools_answer_is_the_product(text: str) -> None:
    assert len(tools_of(text)) == 2, tools_of(text)


@pytest.mark.parametrize("text", [
    # Not in the tools answer: the first sentence of a paragraph no label or number marks.
    "Zendesk in the morning. Slack open all day for the team.\n\nReach, CTR and saves.",
    # A subject after it: the word goes on into the sentence.
    "1) Zendesk in the morning. Later we check the queue again.\n2) Reach, CTR and saves.\n3) Stay calm.",
])
def test_elsewhere_or_going_on_into_the_sentence_it_is_no_name(text: str) -> None:
    assert len(tools_of(text)) == 1, tools_of(text)
