"""A name typed in lower case between an article and one of the product's own things is the product, one word saying
which of its things between as well: "a slack shared channel", "our slack private channel", as "a slack message" and
"our slack workspace" are (tool_frames.toml [its_own_things]; bot/evaluation/tools.py, _its_own_thing_after). A name
as common a word as "later" stays the word."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("said", ["Requests come in through Drift or a slack shared channel.",
                                  "Requests come in through Drift or our slack private channel.",
                                  "Requests come in through Drift or a slack message."])
def test_the_product_with_its_thing(said: str) -> None:
    found = find_tools(Reading.of(said, "en"))
    assert found.count == 2, found


def test_an_everyday_word_stays_a_word() -> None:
    found = find_tools(Reading.of("Requests come in through Drift and a later team message confirms them.", "en"))
    assert found.count == 1
