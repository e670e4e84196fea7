"""The streaming services' own dashboards for musicians and podcasters are tools, as YouTube Studio is: "Spotify for
Artists", "Spotify for Podcasters", "Apple Music for Artists", "Amazon Music for Artists", "SoundCloud Insights"
(tools.txt, network tools that are products in their own right)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("name", ["Spotify for Artists", "Spotify for Podcasters", "Apple Music for Artists",
                                  "Amazon Music for Artists", "SoundCloud Insights"])
def test_a_streaming_dashboard_is_a_tool(name: str) -> None:
    found = find_tools(Reading.of(f"I check {name} every Monday and schedule posts in Hootsuite.", "en"))
    assert found.count == 2, found
