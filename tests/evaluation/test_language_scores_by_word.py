"""A reply's language is scored by looking up each of its words' languages once (language._scores): the scores a
set intersection per language gives, in the same order, for the whole reply and for a passage, on random texts of
the languages' common words."""

from __future__ import annotations

import random
from collections import Counter

from bot.evaluation import language
from bot.evaluation.language import detect_language, language_of_a_passage, profile


def _texts() -> list[str]:
    rng = random.Random(10)
    vocabulary = [*sorted({w for vocab in profile().words.values() for w in vocab}), "Buffer", "engagement", "x"]
    return [" ".join(rng.choice(vocabulary).upper() if rng.random() < 0.1 else rng.choice(vocabulary)
                     for _ in range(rng.randint(0, 30))) for _ in range(400)]


def test_scores_are_those_of_a_set_intersection_per_language() -> None:
    prof = profile()
    passage_languages = [lang for lang in sorted(prof.judged) if lang in prof.words]
    for text in _texts():
        tokens = Counter(w.lower() for w in text.split())
        whole = {lang: sum(map(tokens.__getitem__, vocab.intersection(tokens))) for lang, vocab in prof.words.items()}
        assert list(language._scores(tokens, prof.words).items()) == list(whole.items())
        passage = {lang: sum(map(tokens.__getitem__, prof.words[lang].intersection(tokens)))
                   for lang in passage_languages}
        assert list(language._scores(tokens, passage_languages).items()) == list(passage.items())


def test_languages_still_told_apart() -> None:
    assert detect_language("Usamos Hootsuite para programar y medimos el alcance de las publicaciones") == "es"
    assert detect_language("I schedule with Buffer and design in Figma.") == "en"
    assert language_of_a_passage("Tipp: Ruhe bewahren und zuhören") == "de"
