"""A figure is reported by a verb before it ("we shared 40 posts"); a product's name with a capital inside it
("SharePoint 2016", "YouTube 2024") is no verb, however its letters begin (metric_frames._CAMEL_CASE)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("text", [
    "Our intranet runs on Microsoft SharePoint 2016.",
    "We moved the archive to ShareFile 2021 last spring.",
])
def test_a_name_with_a_version_is_no_figure(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 0


@pytest.mark.parametrize("text", [
    "Last quarter we shared 40 posts.",
    "Last quarter we SHARED 40 posts.",
    "Shared 40 posts last quarter.",
])
def test_the_verb_in_any_case_still_reports_one(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 1
