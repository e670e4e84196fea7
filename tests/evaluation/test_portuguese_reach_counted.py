"""A count of the people reached, in Portuguese as in Spanish: "número de pessoas alcançadas" counts the reaching
(metric_frames.toml [actions] reach: "alcanç*", as Spanish "alcanz*"), and "quantidade de" asks for an amount as
Spanish "cantidad de" does. A reply counting followers, people reached and impressions names three metrics."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading

LIST = ("• Número de seguidores.\n"
        "• Número de pessoas alcançadas (quantidade de pessoas que viram o post).\n"
        "• Número de impressões.")


def test_people_reached_are_counted() -> None:
    found = find_metrics(Reading.of(LIST, "pt"), doubt_below=3)
    assert "Número de pessoas alcançadas" in found.evidence
    assert found.count >= 3


def test_an_amount_of_people_who_saw_is_reach_too() -> None:
    found = find_metrics(Reading.of("Acompanho a quantidade de pessoas que viram o post e as curtidas.", "pt"),
                         doubt_below=3)
    assert any(e.startswith("quantidade de pessoas") for e in found.evidence)
