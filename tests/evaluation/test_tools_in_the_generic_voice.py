"""Tools named in the generic voice are not the candidate's (issue 9 item 1: "tools like X exist" is no use).
A reply that names products as what exists ("Schedulers like Loomly exist", "There are tools like ...", "Il
existe des outils comme ..."), as what everyone uses, or as "the big names" says nothing of its writer; nor do
names the next clause or sentence disowns, in any language judged ("We have never needed any of them at our
size", "verwende sie aber nicht", "pero no las utilizamos", "je ne les utilise pas", "não uso nenhuma delas").
The candidate may still take them up ("..., and we use them every day"), and "There are three tools I open
every morning: ..." is use. Nor does one option among the market's ("SocialBee is just one of many available
apps").
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize("name", [
    "tools_named_as_what_exists.eml",
    "tools_big_names_never_needed.eml",
    "tools_known_not_used_de.eml",
    "tools_there_are_not_used_es.eml",
    "tools_there_are_not_used_fr.eml",
    "tools_there_are_not_used_pt.eml",
])
def test_products_named_as_what_exists_are_not_used(name: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["tools"]["met"] is False, result["criteria"]["tools"]
    assert result["verdict"] in ("fail", "needs_review")


@pytest.mark.parametrize(("name", "tools"), [
    ("tools_big_names_taken_up.eml", ["Sprinklr", "Khoros"]),
    ("tools_there_are_three_i_open.eml", ["Agorapulse", "Loomly", "Canva"]),
])
def test_the_candidate_taking_them_up_is_use(name: str, tools: list[str]) -> None:
    result = evaluate(name)
    assert result["criteria"]["tools"]["evidence"] == tools
    assert result["verdict"] == "pass"


@pytest.mark.parametrize(("text", "tools"), [
    # One option among the market's says nothing of the writer's use...
    ("SocialBee is just one of many available apps that help with scheduling. I design in Canva.", ("Canva",)),
    ("Loomly is one of the many planners out there. I design in Canva.", ("Canva",)),
    # ... unless the writer uses it.
    ("I use SocialBee, which is one of many schedulers, and Canva for design.", ("SocialBee", "Canva")),
])
def test_one_of_many_on_the_market_is_no_use(text: str, tools: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == tools
