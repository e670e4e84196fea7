"""How long each view lasts (average view duration, completion rate) is a metric of its own beside the time watched
in all (watch time): YouTube Studio reports both (bot/lexicons/metrics.toml, [watch_time] and [view_duration])."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings, Settings
from tests.evaluation.conftest import FIXTURES


def test_watch_time_and_average_view_duration_count_twice() -> None:
    result = evaluate_bytes((FIXTURES / "view_duration_beside_watch_time.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"
    assert {"watch time", "average view duration"} <= set(result["criteria"]["metrics"]["evidence"])


def test_names_of_the_time_watched_still_count_once() -> None:
    judgement = judge_rules("I watch watch time, hours watched and total watch time on YouTube.\n",
                            EvaluationSettings())
    assert len(judgement.criteria["metrics"].evidence) == 1
