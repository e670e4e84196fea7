"""A tool named as the company in its own story ("Brandwatch spotted the need to listen ...", "Keyhole started because
there was need to track comments", "Sprinklr's angle was social listening") is the maker, as in "the Buffer blog" or
"I work at Hootsuite": not a product the candidate uses (tool_frames.toml [its_content]). The possessive's apostrophe
is read as typed, the opening quote mark "‘" too."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("story", [
    "Brandwatch spotted the need to listen to what people were saying about brands.",
    "Keyhole started because there was need to track comments on Twitter.",
    "Sprinklr‘s angle was social listening, turning insight into action.",
    "Hootsuite was founded in 2008 in Vancouver.",
])
def test_the_makers_story_is_no_use(story: str) -> None:
    found = find_tools(Reading.of(story + " I use Canva every day.", "en"))
    assert found.count == 1, found


def test_the_product_used_still_counts() -> None:
    found = find_tools(Reading.of("I use Brandwatch to listen. I use Canva every day.", "en"))
    assert found.count == 2
