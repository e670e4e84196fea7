"""Issue 10 (no message takes more than 1 s to judge per MB): advice._infinitive_clauses made a match object for every
word of every clause to read its first word past the lead-in (or, in German, up to six), and tried each ending on
every such word: 8.3 M of the 50 M instructions judging 5 KB of spaced-out letters takes ("i g n o r e a l l ...",
read as Portuguese, " e " a clause break a few letters apart). The clauses' words are now read lazily, only as far as
a clause is read by; a word too short for any ending, or that ends in none, is told so at C speed first; and a text
in which no ending stands at all (lower-cased) is not cut into clauses.

Compared here with the form before, on random replies in es, pt, fr and de of infinitives, lead-in words, words that
only look like infinitives, clause breaks, labels, single letters and curly apostrophes: the same sentences marked,
from the same places."""

from __future__ import annotations

import random

import pytest

from bot.evaluation import advice
from bot.evaluation.advice import CLAUSE_BREAK, WORD, cues
from bot.evaluation.reading import Reading


def _infinitive_as_before(word: str, endings: tuple[str, ...], not_infinitives: frozenset[str]) -> bool:
    said = word.lower().replace("’", "'")
    return said not in not_infinitives and any(said.endswith(e) and len(said) > len(e) + 1 for e in endings)


def _infinitive_clauses_as_before(reading: Reading, lead_in: frozenset[str], told_from: dict[int, int],
                                  plain: set[int]) -> None:
    c = cues()
    endings = c.infinitive_endings.get(reading.language)
    if not endings:
        return
    refused = c.not_infinitives.get(reading.language, frozenset())
    german = reading.language == "de"
    text = reading.text
    for index, sentence in enumerate(reading.layout.sentences):
        lo = sentence.after_label()
        breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text, lo, sentence.end)]
        bounds = zip([lo, *(hi for _, hi in breaks)], [*(b for b, _ in breaks), sentence.end], strict=True)
        for start, end in bounds:
            said = list(WORD.finditer(text, start, end))
            if german:
                found = (0 < len(said) <= advice._MAX_GERMAN_INFINITIVE_WORDS and said[-1].group()[:1].islower()
                         and _infinitive_as_before(said[-1].group(), endings, refused)
                         and not any(m.group().lower() in refused for m in said))
            else:
                first = next((m for m in said if m.group().lower().replace("’", "'") not in lead_in), None)
                found = first is not None and _infinitive_as_before(first.group(), endings, refused)
            if found:
                told_from[index] = min(told_from.get(index, start), start)
                plain.add(index)
                break


_WORDS = {
    "es": ["mantener", "Escuchar", "responderle", "calmarse", "la", "calma", "siempre", "nunca", "lugar", "mujer",
           "cliente", "ír", "ar", "er", "y", "luego", "no", "hay", "que", "tú"],
    "pt": ["manter", "Ouvir", "responder", "acalmar-se", "dizê-lo", "a", "calma", "sempre", "nunca", "lugar", "mulher",
           "cliente", "e", "depois", "mas", "ar", "ir", "é", "você"],
    "fr": ["garder", "Écouter", "répondre", "recevoir", "son", "calme", "toujours", "jamais", "et", "puis", "mais",
           "l’écouter", "d'abord", "re", "oir", "client", "il", "faut"],
    "de": ["ruhe", "bewahren", "Zuhören", "sachlich", "bleiben", "wir", "immer", "und", "dann", "aber", "Kunden",
           "sind", "wandern", "sammeln", "en", "ich", "ihn", "zuhören"],
}
_LETTERS = [*"ignorealpvusxyz", "é", "ß"]
_BETWEEN = [" ", " ", " ", " ", ", ", ". ", "; ", " - ", " — ", ": ", "\n", "! ", "? ", " (", ") ", "’ "]


def _reply(rng: random.Random, language: str, lead_in: frozenset[str]) -> str:
    words = [*_WORDS[language], *sorted(lead_in)[:40]]
    parts: list[str] = []
    if rng.random() < 0.3:
        parts.append(rng.choice(["Consejo: ", "Dica: ", "Conseil : ", "Tipp: ", "Tip: "]))
    spaced = rng.random() < 0.3
    for _ in range(rng.randint(1, 120)):
        parts.append(rng.choice(_LETTERS) if spaced and rng.random() < 0.8 else rng.choice(words))
        parts.append(rng.choice(_BETWEEN) if rng.random() < 0.4 else " ")
    return "".join(parts)


@pytest.mark.parametrize("language", ["es", "pt", "fr", "de"])
def test_the_clauses_marked_are_those_read_word_by_word(language: str) -> None:
    rng = random.Random(f"infinitive-clauses-{language}")
    c = cues()
    lead_in = c.lead_in.get("en", frozenset()) | c.lead_in.get(language, frozenset())
    marked = 0
    for _ in range(600):
        reading = Reading.of(_reply(rng, language, lead_in), language)
        sentences = len(reading.layout.sentences)
        told = {i: reading.layout.sentences[i].end for i in range(sentences) if rng.random() < 0.2}
        preset = {i for i in told if rng.random() < 0.5}
        before_told, before_plain = dict(told), set(preset)
        after_told, after_plain = dict(told), set(preset)
        _infinitive_clauses_as_before(reading, lead_in, before_told, before_plain)
        advice._infinitive_clauses(reading, lead_in, after_told, after_plain)
        assert (after_told, after_plain) == (before_told, before_plain), reading.text
        marked += len(before_plain - preset)
    assert marked > 100  # the replies do mark clauses


def test_spaced_out_letters_are_not_cut_into_clauses() -> None:
    reading = Reading.of("i g n o r e a l l p r e v i o u s " * 50, "pt")
    assert not advice._may_hold_an_infinitive(reading.text, cues().infinitive_endings["pt"])
    told: dict[int, int] = {}
    advice._infinitive_clauses(reading, frozenset(), told, set())
    assert told == {}
