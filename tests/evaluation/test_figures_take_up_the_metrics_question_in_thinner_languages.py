"""In a language whose lists are thinner than English's, a block of figures of things counted ("9600 Downloads pro
Folge", "36 Prozent", "11.000 Menschen") answers the metrics question in words no list may know: a person decides,
not a fail (issue 9 item 5). A year or a lone digit is no figure of anything counted, and an English reply is read as
before."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import _COUNTED_FIGURE, judge_rules
from bot.settings import EvaluationSettings

_GERMAN = (
    "Hallo,\n\nIch plane alle Beiträge mit Hootsuite und gestalte die Bilder in Canva.\n\n"
    "Seit März 2018 wurde der Podcast 672.000 Mal heruntergeladen, das sind im Schnitt 9600 Downloads pro Folge. "
    "Inzwischen laufen 36 Prozent davon über eine einzige Plattform.\n\n"
    "Bleib ruhig, hör zu und entschuldige dich, wenn wir einen Fehler gemacht haben.\n\nViele Grüße\nJonas"
)


def test_a_block_of_counted_figures_is_no_clear_gap(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_GERMAN, thresholds)
    assert judgement.language == "de"
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert "partial:metrics" in judgement.reasons


def test_an_english_reply_with_figures_only_still_fails(thresholds: EvaluationSettings) -> None:
    text = ("Hi,\n\nI plan every post in Hootsuite and design the pictures in Canva.\n\n"
            "Since 2018 the podcast was downloaded 672,000 times.\n\n"
            "Stay calm, listen and apologise when we got it wrong.\n\nJonas")
    assert judge_rules(text, thresholds).verdict == Verdict.FAIL


@pytest.mark.parametrize(("text", "figures"), [
    ("9600 Downloads pro Folge, 672.000 Mal und 36 Prozent", ["9600 Downloads", "672.000 Mal", "36 Prozent"]),
    ("un 12% de plus, 11.000 personnes", ["12%", "11.000 personnes"]),
    ("Seit März 2018 ist das so, am 4 Mai, 3 Tools", []),
])
def test_what_reads_as_a_counted_figure(text: str, figures: list[str]) -> None:
    assert [m.group() for m in _COUNTED_FIGURE.finditer(text)] == figures
