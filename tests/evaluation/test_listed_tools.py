"""Tools listed with what each does (issue 9 item 1: a product name no list knows counts when the reply
says it is used). Practitioners list their tools one per line or sentence, each name followed by a dash or a
colon and what it does ("Zorblix – queues our posts"). A product-like name heading such an item counts when a
word about tools or a usage frame stands in the item or just before the list; a person described by a role
("Siobhan – our designer") and a label ("TLDR:") do not.
"""

from __future__ import annotations

from tests.evaluation.test_offline import evaluate


def test_names_heading_a_list_of_tools_are_tools() -> None:
    result = evaluate("tools_listed_with_what_each_does.eml")
    assert result["criteria"]["tools"]["evidence"] == ["Zorblix", "Quillnest"]
    assert result["verdict"] == "pass"


def test_people_and_labels_heading_lines_are_not_tools() -> None:
    result = evaluate("people_listed_with_what_each_does.eml")
    assert result["criteria"]["tools"]["evidence"] == ["Canva"]
    assert result["verdict"] == "fail"
