"""A tool named by an everyday word, typed in lower case (issue 9 item 1): right after a verb of use, with no article,
and followed by what it is used for ("we use slack for the team chat", "I used mention to track the brand"), it is
the product; the reply then types its names so, and the next such name in its list counts as in such a reply ("...
and discourse for the forum"). The word with an article or no purpose ("a lot of slack", "I'll check it later") stays
a word."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("said", "tools"), [
    ("We use slack for the team chat and discourse for the forum.", ("slack", "discourse")),
    ("I used mention to track the brand and buffer to schedule.", ("mention", "buffer")),
])
def test_an_everyday_word_used_for_something_is_the_product(said: str, tools: tuple[str, ...],
                                                             thresholds: EvaluationSettings) -> None:
    found = judge_rules(said, thresholds).criteria["tools"]
    assert found.evidence == tools, found


@pytest.mark.parametrize("said", [
    "We schedule in Hootsuite. We use a lot of slack for the team.",
    "We schedule in Hootsuite. I'll check it later for you.",
    "We schedule in Hootsuite. Cut us some slack to finish the launch.",
])
def test_the_word_with_an_article_or_no_purpose_stays_a_word(said: str, thresholds: EvaluationSettings) -> None:
    assert judge_rules(said, thresholds).criteria["tools"].evidence == ("Hootsuite",)
