"""More of how people name their tools (issue 9 item 1). A product-like name joined in one list to a tool the
lists know is a tool ("PostPilot and Canva"), written like a product or rare and capitalised in a sentence with a
usage frame or a word about tools, never a person ("Siobhan and Canva make our visuals"); "I'm in Zonkify" is a
usage frame for a rare name; a network's own features named without the network ("the native analytics on each
platform") are a described tool, and a list's join after them makes the next name another tool, not their
example. What others press on the candidate is not use ("My friends keep telling me to try Loomly").
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "tools", "verdict"), [
    ("tools_pressed_on_by_others.eml", [], "fail"),
    ("tools_listed_beside_a_named_one.eml", ["PostPilot", "Canva", "Zonkify"], "pass"),
    ("tools_native_features_described.eml", ["native analytics", "Later"], "pass"),
    ("tools_a_person_beside_a_named_one.eml", ["Canva"], "fail"),
])
def test_tools_beside_and_native(name: str, tools: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["tools"]["evidence"] == tools, result["criteria"]["tools"]
    assert result["verdict"] == verdict
