"""In a language whose lists are thinner (es, de, fr, pt), metrics named after a soft cue ("Debe saber interpretar
KPI's como engagement rate, alcance, impresiones ...": required, weighed) are doubtful, not denied: the rest of the
reply may take them up in words the rules do not know, so a person decides (issue 9 item 5), as for a tool only
tried or weighed. In English the same cue still denies them ("You must know how to read KPIs like reach ...")."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def test_required_metrics_in_spanish_are_doubtful() -> None:
    found = find_metrics(Reading.of("Debe saber interpretar KPI’s como engagement rate, alcance, impresiones, tasa de "
                                    "conversión, sentimiento de la audiencia, etc.", "es"), doubt_below=3)
    assert found.count == 0
    assert {"alcance", "impresiones"} <= set(found.doubtful)


def test_required_metrics_in_english_stay_denied() -> None:
    found = find_metrics(Reading.of("You must know how to read KPIs like engagement rate, reach, impressions and "
                                    "conversion rate.", "en"), doubt_below=3)
    assert found.count == 0
    assert not found.doubtful
