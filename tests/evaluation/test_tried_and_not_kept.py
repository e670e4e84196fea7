"""Tools tried and not kept are not used: "None of them stuck" in the sentence after them takes them back, as
"I stopped using them" does (negation.toml [next_sentence]). A sentence after them that keeps them does not."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("after", ["None of them stuck for long.", "Honestly, none of them worked out.",
                                   "They never stuck."])
def test_tools_tried_and_not_kept_are_not_used(after: str) -> None:
    text = f"Over the years I tried paper planners, Trello and Asana. {after}"
    assert find_tools(Reading.of(text, "en"), (), enough=2).count == 0


def test_a_sentence_that_keeps_them_takes_nothing_back() -> None:
    text = "I use Trello and Asana every day. None of them is perfect, but both do the job."
    assert find_tools(Reading.of(text, "en"), (), enough=2).count == 2
