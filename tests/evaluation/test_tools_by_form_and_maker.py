"""Tools by their form, their maker and a denied dislike (issue 9 item 1: tools without a closed list). A domain
typed in lower case beside a named tool is a product ("pairing brandly.io and canva.com"), a network's domain is
not ("facebook.com"); a name of two words opening with a maker of software after a usage frame is a product ("via
Google Keep"); a denied dislike is liking ("I don't mind working in Figma and Canva"); a network marked "(native)"
is its own tools ("Instagram (native) and Later").
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize(("name", "tools", "verdict"), [
    ("tools_domains_typed_in_lower_case.eml", ["brandly.io", "canva"], "pass"),
    ("tools_a_network_domain_is_no_tool.eml", ["canva"], "fail"),
    ("tools_a_makers_product_after_a_frame.eml", ["Google Keep", "Loomly"], "pass"),
    ("tools_a_dislike_denied.eml", ["Figma", "Canva"], "pass"),
    ("tools_a_network_marked_native.eml", ["Instagram (native)", "Later"], "pass"),
])
def test_tools_by_form_and_maker(name: str, tools: list[str], verdict: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["tools"]["evidence"] == tools, result["criteria"]["tools"]
    assert result["verdict"] == verdict
