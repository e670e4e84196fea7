"""A capitalised name right before "app", "extension", "plugin" or "add-on" is a product, however common the name
is as a word ("the Pablo app", "the Patience plugin": tool_names._PRODUCT_HEADS); a network's app is still the
network, a channel."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "name"), [
    ("I make quote cards in the Pablo app and schedule them in Buffer.", "Pablo"),
    ("I check tone with the Patience extension and schedule in Buffer.", "Patience"),
])
def test_a_common_name_before_app_is_a_product(text: str, name: str) -> None:
    found = find_tools(Reading.of(text, "en"), (), enough=2)
    assert found.count == 2 and name in found.evidence, found


def test_a_networks_app_is_a_channel() -> None:
    found = find_tools(Reading.of("I open the Instagram app and the Facebook app every morning.", "en"), (),
                       enough=2)
    assert found.count == 0, found


def test_a_persons_app_is_theirs() -> None:
    found = find_tools(Reading.of("I check Pablo's app and then Buffer.", "en"), (), enough=2)
    assert found.evidence == ("Buffer",), found
