"""German puts the verb of a counted clause at its end (issue 9 item 2): "wie viele User deine Beiträge tatsächlich
sehen" counts who sees the posts, reach, the same metric as "Gesamtreichweite" beside it; "wie viele User deine
Beiträge teilen" counts shares. A clause ending in no counted action still counts the people ("wie viele User wir
haben")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "Ich nutze Trello und Canva.\n\n"
_TIP = "\n\nZuhören und entschuldigen."


def test_who_sees_the_posts_is_the_reach_named_beside_it(thresholds: EvaluationSettings) -> None:
    said = (_TOOLS + "Am besten schaust du dir im Facebook Business Manager deine Gesamtreichweite an, um zu wissen, "
            "wie viele User deine Beiträge tatsächlich sehen." + _TIP)
    assert judge_rules(said, thresholds).criteria["metrics"].evidence == ("Gesamtreichweite",)


@pytest.mark.parametrize(("clause", "why"), [
    ("wie viele User deine Beiträge teilen", '"wie viele" … "teilen"'),
    ("wie viele User wir haben", '"wie viele" + "User"'),
])
def test_the_clause_end_says_what_is_counted(clause: str, why: str, thresholds: EvaluationSettings) -> None:
    said = _TOOLS + f"Ich will wissen, {clause}, und die Reichweite und die Klicks." + _TIP
    metrics = judge_rules(said, thresholds).criteria["metrics"]
    assert any(why in w for w in metrics.why), metrics
