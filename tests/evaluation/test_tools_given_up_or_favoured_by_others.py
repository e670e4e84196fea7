"""Tools given up in the next sentence, or favoured by people in general, are not the candidate's (issue 9 items 1
and 4: negation with scope across a sentence; comparisons and recommendations are not use).

The next sentence may take back everything the one before named with a verb of giving up and a word pointing
back at all of it ("We had Hootsuite, Buffer and Sprout. We dropped all of that last year.", "... We got rid of
both."), read as a grammar (negation.toml [next_sentence_grammar]): every verb with every pointer. A word naming
a thing of its own ("those clunky Excel reports", "everything else") takes nothing back. People in general
favouring a product ("Most people swear by Hootsuite", "Many agencies rely on Sprinklr") say nothing of the
writer ([soft_before_grammar]), unless the writer takes it up in the same sentence. Named "until the budget was
cut", a tool was used until then.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "We had Hootsuite, Buffer and Sprout Social at various points. We dropped all of that last year.",
    "Hootsuite and Buffer were in the budget once. We got rid of both when the agency closed.",
    "My stack was Later plus Canva. I stopped paying for them all in March.",
    "Tools: Hootsuite and Buffer, until the budget was cut. Now it is a notebook and me.",
])
def test_tools_given_up_by_the_next_sentence_are_not_used(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize(("text", "kept"), [
    ("I use Hootsuite and Buffer. I stopped using those clunky Excel reports.", ("Hootsuite", "Buffer")),
    ("I use Hootsuite and Buffer. I dropped everything else.", ("Hootsuite", "Buffer")),
    ("We use Hootsuite and Buffer. Both are great.", ("Hootsuite", "Buffer")),
])
def test_a_next_sentence_about_something_else_takes_nothing_back(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("Most people swear by Hootsuite and Sprout Social.", ()),
    ("Many agencies rely on Sprinklr and Brandwatch, but we use Agorapulse and Canva.", ("Agorapulse", "Canva")),
    ("Everyone raves about Later, and I use it every day alongside Canva.", ("Later", "Canva")),
])
def test_products_favoured_by_people_in_general_are_not_the_writers(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept
