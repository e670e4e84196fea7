"""Share of voice has its own names in every supported language (metrics.toml [share_of_voice]): "compartilhamento de
voz" and "cota de voz" in Portuguese, "participación de voz" in Spanish, "Stimmanteil" in German count as the one
metric, once however often it is named."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize(("language", "sentence"), [
    ("pt", "Acompanho o compartilhamento de voz da marca todo mês."),
    ("pt", "Olho a cota de voz frente aos concorrentes."),
    ("es", "Sigo nuestra participación de voz frente a la competencia."),
    ("de", "Ich beobachte unseren Stimmanteil im Vergleich zur Konkurrenz."),
])
def test_share_of_voice_by_its_own_name(language: str, sentence: str) -> None:
    found = find_metrics(Reading.of(sentence, language))
    assert found.count == 1
