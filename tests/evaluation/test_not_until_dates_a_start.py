""""Not until" dates when the candidate started using something; it denies nothing: "it wasn't really until about 4
years ago that I started using Canva" uses Canva, as "No fue hasta 2020 que empecé a usar Metricool" and "Ce n'est
qu'en 2020 que j'ai commencé à utiliser Canva" do (negation.toml [not_cues]). A denial in the sentence before an
"Until then ..." still denies."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("said", "language", "tools"), [
    ("I schedule in Buffer. I admit I was reluctant at first and it wasn't really until about 4 years ago that I "
     "started using Canva regularly myself.", "en", {"buffer", "canva"}),
    ("It was not until last spring that we moved our scheduling to Later. Canva does the visuals.", "en",
     {"later", "canva"}),
    ("No fue hasta 2020 que empecé a usar Metricool. También uso Canva.", "es", {"metricool", "canva"}),
    ("Ce n'est qu'en 2020 que j'ai commencé à utiliser Canva. J'utilise aussi Later.", "fr", {"canva", "later"}),
])
def test_not_until_dates_a_start_of_use(said: str, language: str, tools: set[str]) -> None:
    found = find_tools(Reading.of("Tools: " + said, language))
    assert {e.lower() for e in found.evidence} == tools, found


def test_a_denial_before_until_then_still_denies() -> None:
    found = find_tools(Reading.of("Tools: We did not use Hootsuite. Until then we used Buffer. I use Canva.", "en"))
    assert "hootsuite" not in {e.lower() for e in found.evidence}, found
