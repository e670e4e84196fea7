"""A maker of software opening a capitalised name says it is a product wherever it stands in what a usage frame names,
however long the list of other things before it: "I use a plethora of filters, labels, keyboard shortcuts, advanced
searches and Google Notifier for the important mails" (bot/evaluation/tool_names.py, `_makers_products_after`).
A person who shares a maker's name is no product, and neither is a negated one."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def tools(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


def test_a_makers_product_at_the_end_of_a_long_list_counts() -> None:
    text = "I use a lot of saved searches, colour labels, shortcuts, and Zoho Notebook for the important mails."
    assert tools(text) == ("Zoho Notebook",)


@pytest.mark.parametrize("text", [
    "We use a shared drive, and my friend Google Smith helps.",
    "We use our own judgement, not Google Search results.",
])
def test_a_person_or_a_negated_name_is_no_product(text: str) -> None:
    assert tools(text) == ()
