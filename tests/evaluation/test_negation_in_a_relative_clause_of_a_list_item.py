"""A negation inside a relative clause that describes one item of a list ("% of accounts that weren't following")
denies that clause, not the items the list goes on to with a comma and a join ("..., and where the traffic came
from"). A relative clause the mention goes on in ("tools that don't work for us, like Hootsuite") still denies it, and
a plain negation still reaches the whole list."""

from __future__ import annotations

import pytest

from bot.evaluation.language import detect_language
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _reading(text: str) -> Reading:
    return Reading.of(text, detect_language(text))


@pytest.mark.parametrize(("text", "later"), [
    ("I watch the reach, % of accounts that weren't following, and where the traffic came from.", "traffic"),
    ("I watch reach, the share of members who haven't posted yet, and the churn rate.", "churn rate"),
    ("I watch reach, % of users that never open the app, or the retention rate.", "retention rate"),
])
def test_the_list_goes_on_past_a_relative_clause_negation(text: str, later: str) -> None:
    found = find_metrics(_reading(text))
    assert any(later in e for e in found.evidence), found


def test_a_relative_clause_the_mention_goes_on_in_still_denies_it() -> None:
    found = find_tools(_reading("We dropped the tools that don't work for us, like Hootsuite and Buffer."))
    assert found.count == 0


def test_a_plain_negation_still_reaches_the_whole_list() -> None:
    found = find_metrics(_reading("I don't track likes, follows, and shares."))
    assert found.count == 0
