"""A clause of consequence opened by a comma and "so" ("..., not a win, so track active participants instead")
stands on its own: the denial before it does not reach it (negation.toml [boundaries]) and a definition before it
does not swallow the measures it names (metric_frames.toml [definition_turns]). After a verb of counting, a state
before a plural thing is a count ("track active participants", metric_frames.toml [states_listed_after]); after any
other verb it is something done ("I welcome new members")."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def _metrics(text: str) -> set[str]:
    return {e.lower() for e in find_metrics(Reading.of(text, "en"), doubt_below=3).evidence}


def test_a_consequence_after_a_denial_and_a_definition_names_its_own_measures() -> None:
    found = _metrics("A rising member count is a warning sign, not a win, so track active participants and "
                     "returning members instead.")
    assert {"active participants", "returning members"} <= found, found


@pytest.mark.parametrize("said", [
    "Every week we track active participants, unanswered threads and reach.",
    "I count new signups, solved tickets and reach.",
])
def test_a_state_after_a_verb_of_counting_is_a_count(said: str) -> None:
    assert len(_metrics(said)) == 3


def test_a_denial_before_the_consequence_still_denies_its_own_clause() -> None:
    assert "likes" not in _metrics("I do not track likes, so I watch reach and saves instead.")


def test_a_state_after_another_verb_is_something_done() -> None:
    assert _metrics("I answer new questions and close solved tickets every morning.") == set()
