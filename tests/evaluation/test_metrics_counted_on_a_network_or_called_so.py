"""Two ways real people name a metric outside any list (bot/evaluation/metrics.py):
- an everyday word right after a network's name counts something on that network, wherever it stands ("the
  biggest jump in YouTube views", "the highest Twitter reach"; `_of_a_network`), as "reach out" never does;
- what the candidate calls their metric is one, in whatever words ("A saved post is my most cherished metric";
  `_called_metrics`), never a pronoun ("This is my favourite metric")."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def evidence(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "word"), [
    ("The next big jump came in YouTube views after the launch.", "views"),
    ("That month gave us our highest Twitter reach in years.", "reach"),
    ("We celebrated when the LinkedIn's likes doubled overnight.", "likes"),
])
def test_an_everyday_word_after_a_network_counts(text: str, word: str) -> None:
    assert word in evidence(text)


def test_an_everyday_word_with_no_network_or_cue_still_needs_context() -> None:
    assert evidence("The next big jump came in views after the launch.") == ()


@pytest.mark.parametrize(("text", "metric"), [
    ("A saved post is my most cherished metric on Instagram.", "saved post"),
    ("Forum karma is our north-star KPI.", "Forum karma"),
])
def test_what_the_candidate_calls_their_metric_is_one(text: str, metric: str) -> None:
    assert metric in evidence(text)


@pytest.mark.parametrize("text", ["This is my favourite metric.", "It is our only KPI that matters.",
                                  "Story stickers are not my metric at all."])
def test_a_pronoun_or_a_denial_calls_nothing_a_metric(text: str) -> None:
    assert evidence(text) == ()


@pytest.mark.parametrize("scenario", ["metrics_counted_on_a_network_in_prose", "metric_the_candidate_calls_theirs"])
def test_replies_naming_metrics_these_ways_pass(scenario: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{scenario}.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"


def test_reading_what_the_candidate_calls_a_metric_is_linear() -> None:
    from bot.evaluation import metrics
    from tests.evaluation.steps import steps

    def run(size: int) -> int:
        reading = Reading.of("Reach, saves and likes. Forum karma is our north-star KPI. " * size, "en")
        find_metrics(reading)  # warm: lexicons load outside the count
        return steps(lambda: find_metrics(reading), frozenset({metrics.__file__}))

    # A linear reading measures about 8 here; the scan of every span before each called metric (76885d4 replaced it)
    # measured 14.8, under the usual bound of 16, so this bound is tighter.
    assert run(8 * 40) / run(40) < 12
