"""What a job posting asks of the applicant is not what the candidate uses: "The ideal candidate is proficient in
Hootsuite and Canva", "In this role you will use Hootsuite and Canva every day". A reply pasted from a posting names
the job's tools, not the candidate's (stop 44 saw false passes of this kind). These are soft cues: the candidate
may take the tools up in the same sentence ("..., and I use both daily"); the candidate's own words stay theirs
("I use Hootsuite and Canva, as required by my agency")."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _evidence(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize("text", [
    "The ideal candidate is proficient in Hootsuite and Canva.",
    "In this role you will use Hootsuite and Canva every day.",
    "The successful candidate has worked with Hootsuite and Canva.",
])
def test_a_posting_names_the_jobs_tools(text: str) -> None:
    assert _evidence(text) == ()


@pytest.mark.parametrize("text", [
    "I use Hootsuite and Canva, as required by my agency.",
    "The ideal candidate knows Hootsuite and Canva, and I use both daily.",
])
def test_the_candidates_own_use_stays(text: str) -> None:
    assert set(_evidence(text)) == {"Hootsuite", "Canva"}
