"""Tools named by the numbers they give (issue 9 item 1: tools without a closed list).

- "I pull the monthly numbers from Metabase", "Metabase for stats", "Discourse and Metabase are what I use":
  taking one's numbers out of a product, the numbers it is kept for, and "are what I use" after it are usage
  frames (tool_frames.toml [before], [after]), as "report ... in" and "for reporting" were.
- "its built-in admin dashboard" is a network's or a platform's built-in analytics with a word between
  (tool_types.txt), as "built-in dashboard" was.
- Reports from a person stay a person's: "from" alone is no frame.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


@pytest.mark.parametrize(("text", "tool"), [
    ("Every Monday I pull the numbers from Metabase.", "Metabase"),
    ("We exported last quarter's reports from Databox.", "Databox"),
    ("We keep Metabase for stats.", "Metabase"),
    ("Grafana for the numbers, and that's it.", "Grafana"),
    ("Honestly, Metabase and Grafana are what I use.", "Grafana"),
    ("The forum has its built-in admin dashboard.", "built-in admin dashboard"),
])
def test_a_tool_named_by_the_numbers_it_gives(text: str, tool: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert tool in found.evidence, found


@pytest.mark.parametrize("text", [
    "I get the weekly reports from Jessica.",
    "We moved from Lisbon to Porto last year.",
])
def test_a_person_or_a_place_after_from_is_no_tool(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count == 0, found


def test_a_forum_reply_with_numbers_pulled_from_a_product_passes() -> None:
    raw = (FIXTURES / "forum_numbers_pulled_from_a_product.eml").read_bytes()
    result: dict[str, Any] = evaluate_bytes(raw, Settings())
    assert result["criteria"]["tools"]["met"], result["criteria"]["tools"]
    assert result["verdict"] == "pass", result
