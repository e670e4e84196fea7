"""Metrics said of people in general (issue 9 item 5, calibrated doubt; "Bad input": a false pass).

"Most social media managers track engagement rate, reach and CTR, but I've never really had to" passed: the
generic voice ("most people use", "everyone swears by") was a soft cue for tools only, read with verbs of using.
Its grammar now holds verbs of measuring ("track", "watch", "look at") and the profession as a subject
("Community managers watch ..."), and metrics cancelled by it are doubtful, as tools of the profession are: when
they are all the reply offers, a person decides. The candidate's own metrics beside them still count.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


@pytest.mark.parametrize("text", [
    "Most social media managers track engagement rate, reach and CTR, but I've never really had to.",
    "Most people watch engagement rate, reach and CTR.",
    "Community managers look at engagement rate, reach and CTR.",
    "Everyone tracks engagement rate, reach and CTR.",
])
def test_metrics_of_people_in_general_are_doubtful(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"), doubt_below=3)
    assert found.count == 0, found
    assert set(found.doubtful) == {"engagement rate", "reach", "CTR"}, found


def test_the_candidates_own_metrics_beside_them_count() -> None:
    found = find_metrics(Reading.of("Most people track reach. I track engagement rate, saves and CTR.", "en"),
                         doubt_below=3)
    assert found.evidence == ("engagement rate", "saves", "CTR"), found


def test_a_reply_whose_metrics_are_the_professions_goes_to_a_person() -> None:
    raw = (FIXTURES / "metrics_only_said_of_the_profession.eml").read_bytes()
    result: dict[str, Any] = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review", result
    assert "unsure:metrics" in result["reasons"], result
