"""Tools the candidate was once accustomed to, a maker's team, and French "worth a try" (issue 9 item 1 and item 4).

- "When I joined I was used to Trello, Google Docs, Basecamp and Slack" counted four tools: "was used to" was a use
  ("Canva was used to design"); with "I" or "we" before it, it is being accustomed, in the past. "I'm used to
  Trello" stays a use.
- "When I first joined the Discourse team" counted Discourse: a maker's team is the company, as its office is.
- "il peut être intéressant de recourir à Twitalyzer" (it can be worth using) recommends to anyone, as "you might
  want to try" does.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "language"), [
    ("Back then I was used to Trello, Basecamp and Slack.", "en"),
    ("When I first joined the Discourse team, everything felt new.", "en"),
    ("Il peut être intéressant de recourir à Twitalyzer et à Sendible.", "fr"),
])
def test_tools_known_but_not_used_do_not_count(text: str, language: str) -> None:
    found = find_tools(Reading.of(text, language))
    assert found.count == 0, found


def test_being_used_to_a_tool_now_is_using_it() -> None:
    assert find_tools(Reading.of("I'm used to Trello and Slack by now.", "en")).count == 2
