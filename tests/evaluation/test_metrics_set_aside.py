"""Metrics named only to be set aside or defined: "vanity metrics such as likes" are not watched, and
the words defining a labelled metric ("Reach: the number of people who ...") are that one metric."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str, language: str = "en") -> Finding:
    return find_metrics(Reading.of(text, language))


def test_metrics_given_as_examples_of_vanity_metrics_are_not_watched() -> None:
    found = metrics_of("Forget vanity numbers such as likes and follower counts; I track saves, CTR and churn.")
    assert found.evidence == ("saves", "CTR", "churn"), found


def test_vanity_in_quotes_sets_aside_the_metrics_after_it() -> None:
    found = metrics_of("I try not to stare at “vanity” metrics which are mostly likes and views.")
    assert found.count == 0, found


def test_metrics_called_vanity_metrics_after_them_are_set_aside() -> None:
    found = metrics_of("Impressions or follows, often called vanity metrics, say little. I report saves and CTR.")
    assert found.evidence == ("saves", "CTR"), found


def test_a_labelled_definition_counts_as_its_label_alone() -> None:
    text = "Shares: the number of people who decided to repost us to their followers.\nI also watch CTR."
    found = metrics_of(text)
    assert found.evidence == ("Shares", "CTR"), found


def test_a_label_over_a_list_of_metrics_is_no_definition() -> None:
    found = metrics_of("Engagement: likes, comments and saves on each post.")
    assert found.count == 4, found


def test_a_definition_in_spanish_counts_once() -> None:
    found = metrics_of("Seguidores: el número de personas que han decidido seguir tu página.", "es")
    assert found.count == 1, found
