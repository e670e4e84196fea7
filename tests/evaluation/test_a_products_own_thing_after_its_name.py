"""An everyday-word name the tools list knows, typed in lower case between an article and one of the product's own
things, is the product: "alerted by a slack message", "our slack workspace" (tool_frames.toml [its_own_things]); a name
as common a word as "later" still reads as the word there ("a later message")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("sentence", [
    "You'll be alerted by a slack message with the ticket details.",
    "Every moderator has a seat in our slack workspace.",
])
def test_the_name_before_its_own_thing_is_the_product(sentence: str) -> None:
    found = find_tools(Reading.of(f"I answer tickets in Zendesk. {sentence}", "en"), (), enough=2)
    assert found.count == 2, found


@pytest.mark.parametrize("sentence", [
    "Please send a later message if the first one fails.",
    "There is some slack in the schedule.",
])
def test_the_word_is_no_product(sentence: str) -> None:
    found = find_tools(Reading.of(f"I answer tickets in Zendesk. {sentence}", "en"), (), enough=2)
    assert found.count == 1, found
