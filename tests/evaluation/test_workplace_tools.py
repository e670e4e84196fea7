"""Workplace suites and a team's knowledge base are tools of the trade (tools.txt, tool_types.txt), and a
network's own analytics is one in German too ("plattformeigene Analytics")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "language"), [
    ("Our whole team lives in Google Workspace, and I schedule in Hootsuite.", "en"),
    ("We run the intranet on SharePoint and I post with Buffer.", "en"),
    ("I keep our knowledge base up to date and answer tickets in Zendesk.", "en"),
    ("Mit den plattformeigenen Analytics und mit Buffer arbeite ich täglich.", "de"),
])
def test_two_tools_are_found(text: str, language: str) -> None:
    found = find_tools(Reading.of(text, language), (), enough=2)
    assert found.count == 2, found
