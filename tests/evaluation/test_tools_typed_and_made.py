"""Tools as people type them (issue 9 item 1). A reply typed in lower case ("buffer for the queue, canva for
the pins, and notion to keep track of ideas") cannot show an everyday-word name by its capitals: there a
listed everyday-word name that opens an item and says what it is for is the product, and the items of a list
may each say what they are for. "check back later for comments" stays an adverb. A product-like name after a
verb of making something in or with it ("I cut our reels in Vidlaro", "build the report with Graphlynx") is a
tool; a language or a month there is not.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "tools", "verdict"), [
    ("tools_typed_in_lower_case_with_purposes.eml", ["buffer", "canva", "notion"], "pass"),
    ("tools_lower_case_adverbs_are_no_names.eml", ["canva"], "fail"),
    ("tools_made_in_unlisted_products.eml", ["Vidlaro", "Graphlynx"], "pass"),
    ("tools_made_in_a_language_or_month.eml", ["Canva"], "fail"),
])
def test_tools_typed_and_made(name: str, tools: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["tools"]["evidence"] == tools, result["criteria"]["tools"]
    assert result["verdict"] == verdict
