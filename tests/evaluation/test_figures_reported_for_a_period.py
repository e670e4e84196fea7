"""A sentence that reports figures for a period is about metrics: "In June there were 310 members, 41 of whom
posted" makes "members" a count watched, as a metric cue would. Figures with no period ("I have 3 kids and 2 dogs")
or a single figure report nothing."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Hi,\n\nI use Buffer and Canva.\n\n"
_TIP = "\n\nAngry customers: listen first and apologise.\n\nThanks"


def _metrics(paragraph: str) -> tuple[str, ...]:
    return judge_rules(_TOOLS + paragraph + _TIP, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("paragraph", [
    "In June there were 310 members, 41 of whom posted. There were 95 likes and 60 comments on posts.",
    "Every month we end with about 310 members and 12 moderators. There were 95 likes and 60 comments on posts.",
])
def test_figures_reported_for_a_period_make_an_everyday_word_a_metric(paragraph: str) -> None:
    assert "members" in _metrics(paragraph)


@pytest.mark.parametrize("paragraph", [
    "There were 310 members and 41 moderators at the party. There were 95 likes and 60 comments on posts.",
    "In June there were 310 members at the party. There were 95 likes and 60 comments on posts.",
])
def test_figures_with_no_period_or_one_figure_report_nothing(paragraph: str) -> None:
    assert "members" not in _metrics(paragraph)
