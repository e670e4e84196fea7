"""What the reader must or should use is recommended, not used (issue 9 item 1: "recommendations are not use").

"For viewing a lot of Twitter at once, you've gotta go with something like HootSuite or Tweetdeck" counted both
tools: a sentence spoke to the reader only when it opened with a verb or a condition on the reader. "you" with a
modal of obligation after it ("you should", "you've gotta", "you'll want to"; tool_frames.toml
[to_the_reader.modals]), anywhere in a sentence that says nothing of the candidate, now speaks to the reader too:
its tools are doubtful, a person decides when they are all the reply offers.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "For viewing a lot of Twitter at once, you've gotta go with something like HootSuite or Tweetdeck.",
    "You should go with Sendible or Agorapulse.",
    "Honestly, you really need to get Sendible and Agorapulse.",
    "If budget allows, you'll want to look at Sendible and Agorapulse.",
])
def test_tools_the_reader_must_use_are_not_the_candidates(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count == 0, found
    assert len(found.doubtful) == 2, found


@pytest.mark.parametrize("text", [
    "I use Sendible and Agorapulse, and you should too.",
    "With Sendible you can schedule everything, and Agorapulse handles the inbox.",
])
def test_the_candidates_own_tools_beside_the_reader_count(text: str) -> None:
    assert find_tools(Reading.of(text, "en")).count == 2
