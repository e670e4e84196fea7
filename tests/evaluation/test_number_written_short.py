""""Number" written short ("No of", "No. of", "# of", "nr. of", "nº de") counts what follows and denies nothing."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_OPENING = "We run our community on Discourse and schedule with Hootsuite.\n\nThe three I watch:\n"
_TIP = "\n\nWith an angry member, listen first and answer calmly.\n"


@pytest.mark.parametrize("short", ["No of", "No. of", "Nos of", "# of", "Nr. of", "nr of", "Num of"])
def test_a_count_written_short_is_a_metric(short: str) -> None:
    reply = (f"{_OPENING}  • {short} new members that have contributed\n"
             f"  • {short} members who came back this month\n  • Stickiness (DAU/MAU)" + _TIP)
    metrics = judge_rules(reply, EvaluationSettings()).criteria["metrics"]
    assert metrics.met, metrics
    assert not any(note.startswith("negated") for note in metrics.notes)


@pytest.mark.parametrize(("language", "reply"), [
    ("es", "Uso Hootsuite y Metricool para programar.\n\nMido el nº de comentarios, el alcance y las impresiones."),
    ("pt", "Uso o mLabs e o Canva.\n\nAcompanho o nº de comentários, o alcance e as impressões."),
])
def test_a_count_written_short_in_other_languages(language: str, reply: str) -> None:
    metrics = judge_rules(reply + "\n", EvaluationSettings()).criteria["metrics"]
    assert any(quote.lower().startswith("nº de") for quote in metrics.evidence), metrics


@pytest.mark.parametrize("reply", [
    "I use no tools at all. No metrics either, I go by gut.\n",
    "No, of course I don't use Hootsuite or Buffer.\n",
])
def test_no_still_denies(reply: str) -> None:
    criteria = judge_rules(reply, EvaluationSettings()).criteria
    assert not criteria["tools"].met
    assert not criteria["metrics"].met
