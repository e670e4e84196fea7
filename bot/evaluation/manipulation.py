"""Text that tries to instruct the grader instead of answering (prompt injection, fake SYSTEM lines).

Checked in the visible reply and in text hidden in the HTML, in every language of
bot/lexicons/manipulation.toml at once (an attacker need not write in the reply's language).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from bot.evaluation.letter_codes import VOWELS_REMOVED, coded_readings, compact_phrases_in, initials, without_vowels
from bot.evaluation.lexicon import language_entries, toml_table
from bot.evaluation.machine_reader import to_a_machine
from bot.evaluation.obfuscation import disguises_undone, plain_text, spaced_letter_runs
from bot.evaluation.patterns import Matcher, Prepared
from bot.evaluation.persuasion import persuaded
from bot.evaluation.reordered import text_speak_read, words_reversed
from bot.evaluation.result import Judgement, Verdict
from bot.evaluation.romanised import romanised_phrases
from bot.evaluation.segmented import words_of_runs
from bot.evaluation.to_the_grader import to_the_grader
from bot.evaluation.typed_disguises import acrostic_letters, glued_words, words_cut_by_spaces
from bot.evaluation.verdict_lines import verdict_lines

MANIPULATION_REASON = "manipulation"


@cache
def _matcher() -> Matcher:
    return Matcher(language_entries(toml_table("manipulation.toml")["phrases"]))


@cache
def _compact() -> tuple[str, ...]:
    return tuple(w for words in toml_table("manipulation.toml")["compact"].values() for w in words)


@cache
def _substrings() -> tuple[str, ...]:
    return tuple(w for words in toml_table("manipulation.toml")["substrings"].values() for w in words)


@cache
def _ascii_substrings() -> tuple[str, ...]:
    """The substrings written in ASCII, in _substrings()' order: the only ones an ASCII text can hold (most
    of the list is Chinese, Korean, Arabic, Hindi, Hebrew...; a reply in English was searched for each)."""
    return tuple(s for s in _substrings() if s.isascii())


@cache
def _substrings_needing() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each substring, in _substrings()' order, with its characters outside ASCII."""
    return tuple((s, frozenset(c for c in s if not c.isascii())) for s in _substrings())


@cache
def _substrings_by_character() -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """The places in _substrings() of those written in ASCII, and each character outside ASCII -> the places of the
    substrings holding it."""
    places: dict[str, list[int]] = {}
    for n, (_, needs) in enumerate(_substrings_needing()):
        for char in needs:
            places.setdefault(char, []).append(n)
    ascii_only = tuple(n for n, (_, needs) in enumerate(_substrings_needing()) if not needs)
    return ascii_only, {char: tuple(found) for char, found in places.items()}


# The text's characters outside ASCII are what is left of it without its runs of ASCII (a scan for the runs outside
# ASCII, or a set of every character, cost about twice as much over 2 KB of English with a few).
_ASCII_RUN = re.compile(r"[\x00-\x7f]++")


def substrings_in(text: str) -> list[str]:
    """``[s for s in _substrings() if s in text]``, an ASCII text searched only for the ASCII ones, any other only for
    those whose characters outside ASCII it holds (a hundred searches of 5 KB of English with zero-width
    characters, for each of its readings, were a tenth of its judgement)."""
    if text.isascii():
        return [s for s in _ascii_substrings() if s in text]
    present = set(_ASCII_RUN.sub("", text))
    # Only the substrings holding a character the text holds are asked, with those in ASCII (a Python step for each
    # of the hundred substrings cost a text with a curly quote or an accent 20 us).
    ascii_only, by_character = _substrings_by_character()
    places = set(ascii_only)
    for char in present.intersection(by_character):
        places.update(by_character[char])
    needing = _substrings_needing()
    return [s for s, needs in map(needing.__getitem__, sorted(places)) if needs <= present and s in text]


@dataclass(frozen=True, slots=True)
class Manipulation:
    """What a reply holds that tries to steer the grader: the phrases, as written (those found through a named
    disguise too), and the named disguises (letter_codes and look-alikes in cut words) -> the phrases found only
    through each, for the reasons ("disguise:vowels_removed")."""

    phrases: tuple[str, ...]
    disguises: dict[str, tuple[str, ...]]


LOOK_ALIKES_IN_CUT_WORDS = "look_alikes_in_cut_words"


def find_manipulation(*texts: str | Prepared) -> tuple[str, ...]:
    """The phrases, as written, that try to steer the grader; empty when there are none.

    Each text is read as given and as an attacker's disguise undone (obfuscation.py): look-alike and
    fullwidth letters, invisible characters, letters spaced out, right-to-left overrides, base64."""
    return read_manipulation(*texts).phrases


def read_manipulation(*texts: str | Prepared) -> Manipulation:
    """find_manipulation's phrases, and the named disguises they were found through."""
    found: list[str] = []
    disguises: dict[str, list[str]] = {}
    for text in texts:
        if not text:
            continue  # no hidden text (most replies): nothing to prepare
        prepared = text if isinstance(text, Prepared) else Prepared.of(text)
        if not prepared.text:
            continue
        seen, runs = _undisguised(prepared)
        found += seen
        for name, phrases in _named_disguises(prepared, frozenset(seen), runs):
            disguises.setdefault(name, []).extend(phrases)
            found += phrases
    return Manipulation(tuple(dict.fromkeys(found)),
                        {name: tuple(dict.fromkeys(phrases)) for name, phrases in disguises.items()})


def _undisguised(prepared: Prepared) -> tuple[list[str], list[str]]:
    """The phrases the text's readings find, and its runs of letters (spaced out, first letters of lines, glued
    words)."""
    found = _phrases(prepared)
    views = disguises_undone(prepared.text, prepared.keys)
    views += words_cut_by_spaces(prepared.text, prepared.index)
    if not found:  # read romanised only for what the text's own script did not say (Russian is read in Cyrillic)
        found += romanised_phrases(prepared)
    speak = text_speak_read(prepared)
    views += [speak] if speak else []
    for view in views:
        found += _phrases(Prepared.of(view))
    backwards = words_reversed(prepared)
    if backwards:  # two phrases the text does not make, or a genuine line read backwards could make one
        fresh = set(_phrases(Prepared.of(backwards))) - set(found)
        found += sorted(fresh) if len(fresh) >= 2 else []
    # Letters spaced out, the first letters of lines (an acrostic) and words glued of several, read as one
    # run each.
    spaced = spaced_letter_runs(prepared.text)
    runs = [*spaced, acrostic_letters(plain_text(prepared.text)), *glued_words(prepared.keys)]
    # Spaced-out letters whose word gaps an HTML part drew as one space, cut into words again and read as text.
    for view in words_of_runs(spaced):
        found += _phrases(Prepared.of(view))
    # An empty run (no acrostic, most replies) holds no stem: not asked for each.
    found += [stem for run in runs if run for stem in _compact() if stem in run]
    return found, runs


def _named_disguises(prepared: Prepared, seen: frozenset[str], runs: list[str]) -> list[tuple[str, list[str]]]:
    """(class, phrases) for each letter-code disguise whose reading finds what the text's other readings did not
    (issue 10 item 12): first letters of words or sentences, A1Z26 numbers, NATO words, vowels removed, and a word
    of the lexicon cut by a space and written in look-alike letters ("іgn оre аll prеv іous"). ``runs``: the
    runs of letters read already (spaced out, "i g n o r e": each letter is a word's first)."""
    named: list[tuple[str, list[str]]] = []
    plain = plain_text(prepared.text)
    for name, view, letters in coded_readings(prepared.text, prepared.keys):
        named.append((name, _phrases(Prepared.of(view)) + compact_phrases_in(letters)))
    named.append((VOWELS_REMOVED, without_vowels(prepared)))
    if plain != prepared.text:
        named.append((LOOK_ALIKES_IN_CUT_WORDS, [
            phrase for view in words_cut_by_spaces(plain, Prepared.of(plain).index)
            for phrase in _phrases(Prepared.of(view))]))
    new = [(name, fresh) for name, phrases in named if (fresh := [p for p in phrases if p not in seen])]
    # Last: the words a code spells out start with its letters ("papa alfa sierra sierra"), read already.
    seen |= {phrase for _, phrases in named for phrase in phrases}
    for name, run in initials(plain):
        fresh = [stem for stem in compact_phrases_in(run)
                 if stem not in seen and not any(stem in read for read in runs)]
        if fresh:
            new.append((name, fresh))
    return new


def _phrases(prepared: Prepared) -> list[str]:
    found = [prepared.text[h.start : h.end].strip() for h in _matcher().find(prepared)]
    # How a passage for the grader is written, whatever its words (an address, the criteria declared met, the
    # verdict as data): a neighbouring language or a new wording of the lists' phrases. And a passage for a machine
    # reading the reply, whatever it is called (a model named, an automated reader instructed, a grading supposed).
    # And persuasion that instructs nobody (what a grader would be wrong to do about the reply), and a verdict about
    # the reply said in a short sentence of another script.
    return (found + substrings_in(prepared.text) + to_the_grader(prepared) + to_a_machine(prepared)
            + persuaded(prepared) + verdict_lines(prepared.text))


PARTS_DISAGREE = "parts_disagree"


def review_disagreeing_parts(judgement: Judgement) -> Judgement:
    """The plain and HTML parts of the reply say different things: a plain-text reader and an HTML
    reader see different answers, so no verdict is safe; a person decides (issue 10 item 11)."""
    if judgement.verdict == Verdict.NOT_EVALUATED:
        return judgement
    reasons = tuple(dict.fromkeys((*judgement.reasons, MANIPULATION_REASON, PARTS_DISAGREE)))
    return dataclasses.replace(judgement, verdict=Verdict.NEEDS_REVIEW, manipulation=True, reasons=reasons)
