"""A tip told as a habit the candidate gave up is no tip: "I no longer bother apologising", "I used to
apologise and listen, but I've stopped bothering". "I used to argue, now I listen first" still is (the
current habit is the advice). Cues in bot/lexicons/habits.toml; each action reads at most _BACK
characters before it and _AHEAD after it (and the next sentence's first _AHEAD)."""

from __future__ import annotations

import re
from functools import cache

from bot.evaluation.lexicon import toml_table
from bot.evaluation.patterns import Hit, fold
from bot.evaluation.reading import Reading

_BACK = 60
_AHEAD = 100
_SHORT = 40


def _phrase(p: str) -> str:
    # "ne ... plus": up to two words in the gap.
    parts = [re.escape(fold(part.strip().lower())).replace(r"\ ", r"\s++") for part in p.split("...")]
    return r"\s*+(?:[\w'’-]++\s++){0,2}?".join(parts)


def _any(table: dict[str, list[str]], language: str, tail: str = "") -> re.Pattern[str]:
    phrases = sorted({p for lang in ("en", language) for p in table.get(lang, [])}, key=len, reverse=True)
    alternation = "|".join(_phrase(p) for p in phrases)
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w’]){tail}")


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    table = toml_table("habits.toml")
    return (_any(table["given_up_before"], language, r"\s*+$"), _any(table["past_habit"], language),
            _any(table["present"], language), _any(table["given_up_after"], language))


def given_up(reading: Reading, hit: Hit) -> bool:
    """The handling action at ``hit`` is told as a habit the candidate gave up."""
    before, past, present, after = _patterns(reading.language)
    lower = reading.prepared.lower
    sentence = reading.sentence(hit.start)
    lo = max(sentence.start, hit.start - _BACK)
    # The anchored cue must end where the action starts ("I no longer bother | apologising").
    if before.search(lower, lo, hit.start):
        return True
    # The last past-habit cue before the action: no present word may stand after it.
    habit = None
    for m in past.finditer(lower, lo, hit.start):
        habit = m
    if habit is None or present.search(lower, habit.end(), hit.start):
        return False
    if after.search(lower, hit.end, min(sentence.end, hit.end + _AHEAD)):
        return True
    index = reading.layout.index_at(hit.start) + 1
    if index < len(reading.layout.sentences):
        following = reading.layout.sentences[index]
        # A short next sentence takes it back wherever its cue stands ("Not anymore.", "I don't
        # bother anymore."); a longer one only when it opens with the cue.
        if following.paragraph == sentence.paragraph:
            if following.end - following.start <= _SHORT:
                return after.search(lower, following.start, following.end) is not None
            return after.match(lower, following.start, min(following.end, following.start + _AHEAD)) is not None
    return False

