"""Cheap language detection: scripts by their characters, Latin languages by common short words.

Only the judged languages (bot/lexicons/languages.toml, `judged`) have full lexicons; a reply in any
other language goes to a person rather than being failed for words the rules cannot read.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from bot.evaluation.lexicon import toml_table
from bot.evaluation.text import words

# Unicode name prefixes of letters -> language, for scripts that (nearly) name a language.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("CJK", "zh"),
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("GREEK", "el"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
    ("BENGALI", "bn"),
    ("TAMIL", "ta"),
    ("GEORGIAN", "ka"),
    ("ARMENIAN", "hy"),
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Share of letters in a script that makes it the reply's language (tool names stay Latin).
_SCRIPT_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    words: dict[str, frozenset[str]]
    judged: frozenset[str]


@cache
def profile() -> LanguageProfile:
    table = toml_table("languages.toml")
    return LanguageProfile(
        words={lang: frozenset(w.lower() for w in ws) for lang, ws in table["words"].items()},
        judged=frozenset(table["judged"]),
    )


def _script_language(text: str) -> str | None:
    # Each distinct character is looked up once, weighted by how often it occurs: the Unicode name of
    # every character of a 20,000-character reply was most of the detection's time.
    if text.isascii():
        return None  # no letter of any script below
    counts: Counter[str] = Counter()
    letters = sum(map(text.count, string.ascii_letters))
    for ch, n in Counter(_NON_ASCII.findall(text)).items():
        if not ch.isalpha():
            continue
        letters += n
        name = unicodedata.name(ch, "")
        for prefix, lang in _SCRIPTS:
            if name.startswith(prefix):
                counts[lang] += n
                break
    if not counts or letters == 0:
        return None
    # Kana mixed with kanji is Japanese, even where the kanji outnumber the kana.
    if counts["ja"] and counts["ja"] + counts["zh"] >= _SCRIPT_SHARE * letters:
        return "ja"
    lang, n = counts.most_common(1)[0]
    return lang if n >= _SCRIPT_SHARE * letters else None


def detect_language(text: str, *, sample_chars: int = 20_000) -> str:
    """ISO 639-1 code of the reply's language; "en" when there is too little to tell."""
    sample = text[:sample_chars]
    by_script = _script_language(sample)
    if by_script:
        return by_script
    scores = _scores(Counter(map(str.lower, words(sample))), profile().words)
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    # A word or two of greeting in another language does not make the reply foreign.
    if best != "en" and scores[best] < max(2, scores.get("en", 0) + 1):
        return "en"
    return best


def language_of_a_passage(text: str) -> str:
    """The language of a short passage of a reply (an answer of a line or two): the judged language whose
    common words it holds most, "en" on a tie or with none. One word is enough here ("Tipp: Ruhe bewahren UND
    zuhören", "Mon conseil : rester zen"), where a whole reply needs two more than English has."""
    prof = profile()
    scores = _scores(Counter(map(str.lower, words(text))), [lang for lang in sorted(prof.judged) if lang in prof.words])
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"), default="en")
    return best if scores.get(best, 0) > scores.get("en", 0) else "en"


def _scores(tokens: Counter[str], languages: Iterable[str]) -> dict[str, int]:
    """For each of ``languages``, in that order, how many of ``tokens`` are its common words: each token's
    languages looked up once (a set intersection per language read every token eleven times, about 100 k
    instructions for a one-screen reply)."""
    scores = dict.fromkeys(languages, 0)
    of_word = _languages_of_words()
    for token, n in tokens.items():
        for lang in of_word.get(token, ()):
            if lang in scores:
                scores[lang] += n
    return scores


@cache
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Each common word of profile() -> the languages it is one of."""
    of_word: dict[str, list[str]] = {}
    for lang, vocab in profile().words.items():
        for word in vocab:
            of_word.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in of_word.items()}


def is_judged(language: str) -> bool:
    return language in profile().judged
