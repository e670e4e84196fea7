"""Metrics reported as figures (issue 9 item 2: "a metric counts however it is phrased").

A support lead answering "which metrics do you watch" often gives last quarter's numbers instead of their names:
"we received 1,240 messages, answered 96% of them within two hours and closed 81% on first contact" reports the
inbound volume, the response rate and first-contact resolution (metric_frames._reported_figures,
metric_frames.toml [figure_verbs], [figure_outcomes], [figure_things]). A figure of something that is no work coming
in ("got 2 certifications"), and a count under ten ("answered 3 questions at the interview"), reports nothing.
Having or seeing a number, in the present, reports it as receiving it does ("we have between 4,500 and 5,500 visitors
each day", "we see about 300 DMs a week"), and a figure of an everyday metric's name makes its sentence one about
metrics ("visitors" counts there); a past "had" tells a story ("we had 40 members at the meetup").
"""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("text", [
    "Last quarter we received 1,240 messages, answered 96% of them within two hours and closed 81% on first contact.",
    "We get about 300 DMs a week, answer 96% within two hours and resolve 80% of tickets.",
])
def test_figures_of_work_done_are_three_metrics(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 3


@pytest.mark.parametrize("text", [
    "We have between 4,500 and 5,500 visitors here each day.",
    "Most weeks we see about 300 DMs.",
    "The page has 2,000 comments a month.",
])
def test_a_figure_had_or_seen_now_reports_what_comes_in(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 1


def test_a_figure_had_in_the_past_tells_a_story() -> None:
    assert find_metrics(Reading.of("We had 40 members at the meetup and 25 guests at the dinner.", "en")).count == 0


@pytest.mark.parametrize("text", [
    "I got 12 certifications over the years and handled 30 launches.",
    "In my first week I answered 3 questions at the interview and received 2 awards.",
    "We spend 40 hours a week on it and logged 15 years in retail.",
])
def test_figures_of_other_things_report_no_metric(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 0


def test_a_reply_reporting_its_figures_passes(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_reported_as_figures"), thresholds)
    assert judgement.criteria["metrics"].met, judgement.criteria["metrics"]
    assert judgement.verdict == Verdict.PASS
