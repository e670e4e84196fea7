"""People named as who acts are no count of them (issue 9 item 2: a grammar of measurement, not a word list).

"followers", "subscribers", "members" name a metric (follower growth) where the reply counts them: in a list of what
it watches ("reach, engagement and followers"), or said to move ("our followers have grown by a third"). The same
word as the subject of what people do ("when followers complain on a post", "when subscribers have a bad day") names
the people, not a number anyone watches: it is no metric, and a reply with two metrics and such a sentence is short
of three.
"""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "word"), [
    ("people_acting_subscribers_have", "subscribers"),
    ("people_acting_followers_complain", "followers"),
])
def test_people_who_act_are_no_metric(scenario: str, word: str) -> None:
    metrics = judge_rules(reply(scenario), EvaluationSettings()).criteria["metrics"]
    assert word not in {e.lower() for e in metrics.evidence}, metrics
    assert not metrics.met


@pytest.mark.parametrize("scenario", ["people_counted_followers_listed", "people_counted_followers_have_grown"])
def test_people_counted_are_a_metric(scenario: str) -> None:
    metrics = judge_rules(reply(scenario), EvaluationSettings()).criteria["metrics"]
    assert metrics.met, metrics
    assert any("follower" in e.lower() for e in metrics.evidence), metrics.evidence
