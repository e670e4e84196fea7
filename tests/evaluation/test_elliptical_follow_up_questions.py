"""A question's elliptical follow-ups ask the same of their own action (issue 9 item 2): "Are people watching my
videos? Clicking my links? Sharing my posts?" asks views, clicks and shares, as "whether people watch my videos, click
my links and share my posts" does. A follow-up is a short question opening with a counted action; anything else
(another question, a statement, a blank line) ends the series."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I schedule in Hootsuite and design in Canva.\n\n"
_TIP = "\n\nAngry customers: listen first, then apologise."


@pytest.mark.parametrize(("said", "asked"), [
    ("Metrics: I ask myself: are people watching my videos? Clicking my links? Sharing my posts?",
     ["are people watching", "Clicking", "Sharing"]),
    ("I want to know: are people reading my posts? commenting? or sharing them with friends?",
     ["are people reading", "commenting", "sharing"]),
    ("Did they open the newsletter?\nClick the link?\nReply to it?", ["Did they open", "Click", "Reply"]),
])
def test_each_follow_up_asks_its_own_action(said: str, asked: list[str], thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert metrics.met, metrics
    assert list(metrics.evidence) == asked


@pytest.mark.parametrize("said", [
    "Are people watching my videos? What do they think of them? Sharing is nice.",  # another question ends it
    "Are people watching my videos? Clicking my links is what I do all day.",  # a statement, no question
    "Are people watching my videos?\n\nClicking my links?\n\nSharing my posts?",  # blank lines: no series
    "People are watching my videos. Clicking my links? Sharing my posts?",  # nothing asked before them
])
def test_what_is_no_follow_up_asks_nothing(said: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert not {"clicking", "sharing"} & {e.lower() for e in metrics.evidence}, metrics
