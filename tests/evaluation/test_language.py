"""Cheap language detection: which replies the lexicons can judge."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.language import detect_language, is_judged


@pytest.mark.parametrize(("text", "language"), [
    ("I use Hootsuite and Canva, and I watch the reach of our posts.", "en"),
    ("Hola, uso Buffer y Canva para la marca y miro el alcance.", "es"),
    ("Hallo, ich nutze Hootsuite und Canva und schaue auf die Reichweite.", "de"),
    ("Bonjour, j'utilise Hootsuite et Canva pour la marque.", "fr"),
    ("Olá, eu uso o Hootsuite e o Canva para a marca.", "pt"),
    ("Ciao, uso Hootsuite e Canva per i clienti, con i clienti arrabbiati sono gentile.", "it"),
    ("HootsuiteとCanvaを使っています。", "ja"),
    ("Я использую Hootsuite и Canva каждый день.", "ru"),
    ("Hootsuite, Canva, CTR", "en"),
    ("Hola! I use Hootsuite and Canva and I watch the reach.", "en"),
])
def test_detects_the_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_only_languages_with_lexicons_are_judged() -> None:
    assert all(is_judged(code) for code in ("en", "es", "de", "fr", "pt"))
    assert not is_judged("ja") and not is_judged("it")


LANGUAGE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "evaluation" / "languages"
LANGUAGE_FIXTURES = sorted(LANGUAGE_DIR.glob("*.txt"))


@pytest.mark.parametrize("path", LANGUAGE_FIXTURES, ids=[p.stem for p in LANGUAGE_FIXTURES])
def test_detects_each_language_fixture_named_by_its_language(path: Path) -> None:
    # <lang>_<scenario>.txt: long and short replies, label-and-tool-name lists, English terms in
    # other languages, a foreign greeting around English (bench/language_bench.py measures the same).
    assert detect_language(path.read_text(encoding="utf-8")) == path.stem.split("_", 1)[0]
