"""Metrics named only to say they do not matter to the candidate (issue 9 item 2, false-pass class 'metrics
said not to matter'). "Likes, follower counts and impressions don't matter to me", "Los likes, los seguidores
y las impresiones me dan igual", "Reichweite, Likes und Follower sind mir ... ziemlich egal" watch nothing
(negation.toml [after]); German "egal ob" ("whether or") and metrics that do matter still count.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate


@pytest.mark.parametrize("name", [
    "metrics_that_do_not_matter_en.eml",
    "metrics_that_do_not_matter_es.eml",
    "metrics_that_do_not_matter_de.eml",
    # Judged worthless in other words: "overrated", "tell you nothing", "a vanity metric" (negation.toml
    # [soft_after]).
    "metrics_judged_worthless_en.eml",
])
def test_metrics_that_do_not_matter_are_not_watched(name: str) -> None:
    result = evaluate(name)
    assert result["criteria"]["metrics"]["evidence"] == [], result["criteria"]["metrics"]
    assert result["verdict"] != "pass"


@pytest.mark.parametrize(("name", "metrics"), [
    ("metrics_that_matter_to_me_guard.eml", ["Reach", "saves", "replies"]),
    ("metrics_egal_ob_guard_de.eml", ["Reichweite", "Klickrate", "Follower-Wachstum"]),
    # "Likes are overrated but I still track them": the dismissal is taken back; "don't matter" still drops
    # the follower counts.
    ("metrics_judged_worthless_but_kept_guard.eml", ["Likes", "saves", "reply time"]),
])
def test_metrics_that_matter_still_count(name: str, metrics: list[str]) -> None:
    result = evaluate(name)
    assert result["criteria"]["metrics"]["evidence"] == metrics, result["criteria"]["metrics"]
    assert result["verdict"] == "pass"
