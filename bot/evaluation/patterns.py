"""The small phrase language of the lexicon files, compiled once into fast regular expressions.

A phrase is plain words, so that a non-programmer can extend a lexicon:

- case does not matter, except for words written ENTIRELY IN CAPITALS (CTR, ER, GA4), which must
  appear in capitals in the reply (so "er" in a sentence is not "ER" the metric);
- ``*`` at the end of a word matches any ending: ``apologi*`` covers apologise, apologize, apologising;
- ``...`` stands for up to four other words: ``take ... private`` matches "take the chat private";
- ``^`` as the first word anchors the phrase at the start of a line (for fake "SYSTEM:" lines);
- a space also matches a hyphen or a line break ("engagement rate" finds "Engagement-Rate");
- accents do not matter: "abonnés" finds "abonnes" and "portee" finds "portée" (see ``fold``).

Matching runs on a lower-cased copy of the text. Rather than scanning every character with a
regex of hundreds of alternatives, each reply's words are indexed once by their first three letters,
and a lexicon's regex is tried only where a word starts the way one of its phrases does.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
import threading
import unicodedata
import weakref
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, count, pairwise, repeat
from operator import add, attrgetter
from typing import Generic, TypeVar

from bot.domain.quick_init import quick_init

# Every repeat below is possessive (``++``, ``*+``: never gives back what it took) and no two
# neighbours can match the same character: separators are whitespace, "-" and "/", a gap word is
# anything else. So a match attempt reads each character once and can never backtrack through a run
# of dashes or words ("take " + "-" * 60 used to take minutes); tests/evaluation/test_linear_patterns.py
# checks that every lexicon phrase stays linear on such input.
_SEP = r"[\s\-/]++"
_SEP_OPTIONAL = r"[\s\-/]*+"
# One line-start test shared by all "^" phrases of a lexicon, rather than one per phrase.
_LINE_START = r"^[ \t>*\[(]*+"
_LINE_MARKS = " \t>*[("  # what _LINE_START takes
# An optional separator run before a token that starts with a separator leaves that one to the token: a possessive
# run would take it and the token could never match ("to the reviewer -").
_SEP_BEFORE = {"-": r"[\s/]*+", "/": r"[\s\-]*+"}
# Up to four words between two tokens. The repeat is lazy (fewest words first) but each separator
# run and each word is taken whole, so there are at most five ways to try. The separator run comes
# first and each repeat ends with one, so trying one more word goes on from where the last try
# stood: each run is read once per phrase (written "(?:sep word){0,4}? sep", the run after each word
# was read twice, once to try the next token and once more as the next repeat's separator: a line of
# 60 dashes after "take" cost each "take ... " phrase twice the work).
_GAP = r"[\s\-/]++(?:[^\s\-/]++[\s\-/]++){0,4}?"
# What "*" adds to a word: letters and apostrophes only, so it never competes with the separator
# after it for a hyphen ("follow* up" still finds "follow-up" through the separator).
_WORD_TAIL = r"[\w'’‘ʼ]*+"


@dataclass(frozen=True, slots=True)
class Entry:
    """One phrase of a lexicon and what it stands for."""

    key: str
    phrase: str
    # Everyday words ("reach", "Later") that count only where the context says they are meant.
    needs_context: bool = False
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.entry.key


# What Matcher makes its hits with (a few hundred per dense reply): the frozen dataclass's __init__ sets each
# field through object.__setattr__ by name; setting the slots directly is the same object, in half the time.
_SET_HIT = tuple(vars(Hit)[name].__set__ for name in ("entry", "start", "end"))


def _new_hit(entry: Entry, start: int, end: int) -> Hit:
    """``Hit(entry, start, end)``, made faster (equal, hashed and frozen alike)."""
    hit: Hit = object.__new__(Hit)
    set_entry, set_start, set_end = _SET_HIT
    set_entry(hit, entry)
    set_start(hit, start)
    set_end(hit, end)
    return hit


# A word starts after no letter and no letter-plus-apostrophe ("t" of "don't" is not a word), so a
# quote mark opening a quotation ('upset', ‘upset’) does not hide the word after it. Written with its
# first character before the look-behinds (which then also read it): the regex engine skips at C speed to
# where a word character stands, where look-behinds first were tried at every character of the reply
# (10 KB of dashes: 0.45 ms, now 0.13; likewise every scan of a whole reply that starts with a
# look-behind, tests/evaluation/test_scan_heads.py).
_INDEX_WORD = re.compile(r"\w(?<!\w\w)(?<!\w['’‘ʼ]\w)[\w'’‘ʼ]*")
# The same in an ASCII text (the curly and modifier apostrophes cannot stand there), its word characters told by a
# table, not by Unicode category look-ups: a third of the word index's time for a one-screen reply.
_ASCII_INDEX_WORD = re.compile(r"\w(?<!\w\w)(?<!\w'\w)[\w']*", re.ASCII)
_PREFIX = 3
# Straight, curly and modifier apostrophes are one character to the lexicons: "don't", "don’t", "don‘t".
_APOSTROPHES = re.compile("['’‘ʼ]")
_APOSTROPHE_CLASS = "['’‘ʼ]"
_APOSTROPHE_MARKS = "'’‘ʼ"  # what _APOSTROPHES matches
# What can stand before an apostrophe and a word of its own: l', d', j', m', n', s', t', c', qu',
# jusqu', lorsqu', puisqu' (fr); l', un', dell', all', dall', nell', sull', quell', c' (it).
_ELISION = re.compile(r"[a-z]{1,2}|\w*qu|(?:de|a|da|ne|su|que)ll")


# Words whose "'s" is a contracted "is", "has" or "us", not a possessive ("it's", "let's").
_CONTRACTED = frozenset({
    "it", "that", "what", "there", "here", "where", "who", "how", "why", "when", "let", "he", "she", "this",
    "one", "everyone", "someone", "somebody", "everybody", "nobody", "everything", "something", "nothing",
})


class _Folding(dict[int, str]):
    """ord(c) -> c without its accents ("é" -> "e", "ü" -> "u"), one character for one, worked out the
    first time a character is seen: str.translate then costs one table look-up per character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        parts = unicodedata.normalize("NFD", char)
        base = parts[0] if len(parts) > 1 and all(unicodedata.combining(c) for c in parts[1:]) else char
        self[code] = base
        return base


_FOLDING = _Folding()


def grouped_by_first_character(regexes: Sequence[str]) -> str:
    """An alternation of regex fragments, in the order given, grouped by their first character when every
    fragment starts with a letter or a digit: only fragments with the same first character can match at one
    place (the same one matches there as before), so a search tries a few dozen characters at each place
    instead of every fragment. Otherwise the plain alternation."""
    if not all(rx[:1].isalnum() for rx in regexes):
        return "|".join(regexes)
    groups: dict[str, list[str]] = {}
    for rx in regexes:
        groups.setdefault(rx[0], []).append(rx[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def fold(text: str) -> str:
    """Lower-cased text without accents, of the same length. People type on phones and foreign
    keyboards without accents ("abonnes", "portee", "esta enojado", "escuchalo"): the lexicons are
    matched with and without them alike."""
    # An ASCII character has no accent and is its own fold (test_ascii_fast_paths.py): a table look-up per
    # character saved, about 1 % of a one-screen reply's judgement.
    if text.isascii():
        return text
    if len(text) < _FOLDED_ONE_BY_ONE_FROM:
        return text.translate(_FOLDING)
    # A longer text holds few distinct characters, and fewer still that fold: each of those replaced throughout at C
    # speed, where translate looks every character up in the table (20 us for 2 KB of English with a few escapes
    # written out as Latin-1 letters, 6 with str.replace). A folded character is the first of a canonical
    # decomposition, which folds to itself, so the order of the replacements changes nothing.
    folding = _FOLDING
    changed = [(char, folded) for char in set(text) if char > "\x7f" and (folded := folding[ord(char)]) != char]
    if len(changed) > _MOST_FOLDED_ONE_BY_ONE:
        return text.translate(folding)
    for char, folded in changed:
        text = text.replace(char, folded)
    return text


# From how many characters a text is folded character by character of those that fold (fold), and for at most how
# many distinct such characters (a page of French holds about ten).
_FOLDED_ONE_BY_ONE_FROM = 128
_MOST_FOLDED_ONE_BY_ONE = 12


@quick_init
@dataclass(frozen=True, slots=True)
class Prepared:
    """A text, its same-length lower-cased and accent-folded twin and a word-start index, made once
    per reply."""

    text: str
    lower: str
    # "=" + each whole word, and the first three letters of each word -> where such words start.
    index: dict[str, list[int]]
    # The index's keys as a set and each key's place in it: a lexicon's keys are intersected with them
    # at C speed, then taken in the order a walk over the smaller of the two would take.
    keys: frozenset[str]
    rank: dict[str, int]
    # Matcher -> its hits in this text: several finders ask the same lexicon about one reply.
    found: dict[Matcher, list[Hit]] = field(default_factory=dict, compare=False, repr=False)
    # Which of the index's keys each lexicon holds (_Owned), worked out the first time a lexicon reads the text.
    owned: _Owned | None = field(default=None, compare=False, repr=False)
    # The index's keys joined by "=" (every whole word of ``lower`` is one), or ``lower`` when that is no shorter:
    # where a string of letters and digits a lexicon's regex needs is looked for (_words_of), worked out when first
    # asked.
    words: str | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, text: str, head: Prepared | None = None) -> Prepared:
        """``text`` prepared. Within ``one_judgement()`` a text is prepared once, with what each lexicon
        found in it: the keyword bound and then the rules read the same reply, and the lexicons the bound
        asks (tools, metrics, actions, anger, usage frames, quantities) are not run on it a second time.
        ``head``: a head of ``text`` prepared (head_of), whose word index is taken over."""
        prepared = _PREPARED.get()
        if prepared is None:
            return cls._build(text) if head is None else cls._beyond(text, head)
        found = prepared.get(text)
        if found is None:
            found = prepared[text] = cls._build(text) if head is None else cls._beyond(text, head)
        return found

    @classmethod
    def _build(cls, text: str) -> Prepared:
        lower = lowered(text)
        index = _word_index(lower)
        return cls(text, lower, index, frozenset(index), dict(zip(index, count())))

    @classmethod
    def _beyond(cls, text: str, head: Prepared) -> Prepared:
        lower = lowered(text)
        index = _index_beyond(head.index, lower, len(head.text))
        return cls(text, lower, index, frozenset(index), dict(zip(index, count())))

    @classmethod
    def head_of(cls, text: str, end: int, head: Prepared | None = None) -> Prepared:
        """``text[:end]`` prepared, its lowered twin the first ``end`` characters of the whole text's, and not kept
        for the judgement: what a lexicon finds in it may differ from what it finds in the whole text near its end
        (keywords.cut_keywords reads only what lies further from it than a lexicon's regex reads, ``Matcher.reach``).
        Lower-casing reads each character alone but a capital sigma, which is a final one or not by what follows.
        ``head``: a shorter head of ``text`` prepared, whose word index is taken over."""
        lower = lowered(text)[:end] if "\u03a3" in text else lowered(text[:end])
        index = _word_index(lower) if head is None else _index_beyond(head.index, lower, len(head.text))
        return cls(text[:end], lower, index, frozenset(index), dict(zip(index, count())))


def ascii_may_hold(prepared: Prepared, words: tuple[str, ...]) -> bool:
    """False only when ``prepared`` is an ASCII text holding none of ``words`` (lower-case letters) as a pattern that
    ignores case reads them: none stands in its lowered twin (an ASCII text's lower case, "_" read as a space, which
    no such word holds), asked with no text lowered again (mail.patterns.may_hold lowers it). True for any other."""
    return not prepared.text.isascii() or any(word in prepared.lower for word in words)


# The ASCII letters ending a text (ascii_word_before).
_LAST_ASCII_LETTERS = re.compile(r"[A-Za-z]++\Z")


def ascii_word_before(text: str, lo: int, end: int, longest: int) -> str | None:
    """The letters ending ``text[lo:end]``, read in the ``longest`` + 1 characters before ``end`` ("" when no letter
    ends it), when those characters are ASCII; None when they are not (a letter outside ASCII may be part of the word:
    the caller cannot tell). The prechecks that a pattern ending in a whole word (a join word, a possessive pronoun)
    may match before a name ask this, where the pattern was searched from every place of its reach."""
    window = text[max(lo, end - longest - 1) : end]
    if not window.isascii():
        return None
    word = _LAST_ASCII_LETTERS.search(window)
    return word.group() if word else ""


def prepare_alike(text: str, changed: str) -> None:
    """Within ``one_judgement()``, when ``text`` was prepared and ``changed`` is ``text`` with some of
    its line breaks made spaces (wrapping.unwrap), prepare ``changed`` from it: the same word index (a
    word holds no space, CR or LF, so the words and their places are the same) and the hits of each
    lexicon with no phrase anchored at a line's start (every other part of a phrase regex reads a
    space, a CR and a LF alike: ``\\s`` and the classes built on it). The keyword bound and the rules
    then do not index the reply and run those lexicons on it twice (10 KB of "take ----" lines, which
    unwrap joins: about 1.2 ms of 9). Anything else leaves ``changed`` to be prepared as usual."""
    prepared = _PREPARED.get()
    if prepared is None or changed in prepared:
        return
    base = prepared.get(text)
    if base is None or len(text) != len(changed) or _as_spaces(text) != _as_spaces(changed):
        return
    found = {matcher: hits for matcher, hits in base.found.items() if matcher.line_free}
    prepared[changed] = Prepared(changed, lowered(changed), base.index, base.keys, base.rank, found, base.owned)


def prepare_cut(shorter: str, longer: Prepared) -> None:
    """Within ``one_judgement()``, when ``shorter`` is the start of ``longer.text`` (the keyword bound's cut of a reply,
    and the head or the whole text it found the cut in), prepare ``shorter`` with a word index made from ``longer``'s
    (_index_before): the rules read the cut text next, and it was indexed again from its start (a fifth of a
    3 KB quoted-printable body's word indexes). Not when ``shorter`` holds a capital sigma (lowered by what follows
    it, which the cut takes away), nor when it is prepared already."""
    prepared = _PREPARED.get()
    if prepared is None or shorter in prepared or "\u03a3" in shorter or not longer.text.startswith(shorter):
        return
    lower = lowered(shorter)
    index = _index_before(longer.index, lower, len(shorter))
    cut = prepared[shorter] = Prepared(shorter, lower, index, frozenset(index), dict(zip(index, count())))
    _hits_before_the_cut(cut, longer)


def _hits_before_the_cut(cut: Prepared, longer: Prepared) -> None:
    """The hits in ``cut`` (a start of ``longer.text``) of each lexicon that found its hits in ``longer`` (the keyword
    bound's six), taken from those where the cut changes nothing, and looked for only past them: the rules read the
    cut text with the same lexicons next (a 2 KB quoted-printable body's 0.9 KB were read whole again by each).
    A match tried at a place reads at most ``reach`` runs past the one holding it (reach_in_runs): tried before the
    last ``reach + 2`` runs of the cut (in the text and in its lowered twin), it reads the same characters in both
    texts, so the raw hits starting there are the same. _drop_overlaps keeps, of those, what it kept in the longer
    text but for the last one, which a hit starting later may replace; the hits of the cut are then those kept but the
    last, and the hits starting where that one ends (none overlaps it), found and kept as _find finds and keeps them.
    Not for a lexicon read by a scan (_scanned: its matches follow each other), nor one anchored at a line's start."""
    reversed_text = cut.text[::-1]
    for matcher, hits in list(longer.found.items()):
        if matcher.reach is None or matcher._scanned or matcher in cut.found:
            continue
        unchanged = _before_the_last_runs(reversed_text, matcher.reach + 2)
        kept = 0
        while kept < len(hits) and hits[kept].start < unchanged:
            kept += 1
        before = hits[: kept - 1] if kept else []
        cut.found[matcher] = before + matcher._find(cut, before[-1].end if before else 0)


# The last runs of a text (RUN, and LOWERED_RUN as its lowered twin reads them), as the first runs of it reversed: a
# run is the same read either way.
_LAST_RUNS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _before_the_last_runs(reversed_text: str, runs: int) -> int:
    """Where the last ``runs`` runs of the text ``reversed_text`` reverses start (the earlier of its own and its lowered
    twin's), or 0 when it holds fewer."""
    patterns = _LAST_RUNS.get(runs)
    if patterns is None:
        patterns = _LAST_RUNS[runs] = (re.compile(f"{RUN}{{{runs}}}"), re.compile(f"{LOWERED_RUN}{{{runs}}}"))
    in_text, in_lower = patterns[0].match(reversed_text), patterns[1].match(reversed_text)
    if in_text is None or in_lower is None:
        return 0
    return len(reversed_text) - max(in_text.end(), in_lower.end())


def lowered(text: str) -> str:
    """``text`` lower-cased and accent-folded, of the same length."""
    lower = text.lower()
    if len(lower) != len(text):
        # A few characters (e.g. "İ") grow when lower-cased; keep offsets aligned.
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    lower = fold(lower)
    # Names written as identifiers ("time_to_first_response", "dau_mau") are their words to the lexicons.
    return lower.replace("_", " ") if "_" in lower else lower


def _as_spaces(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


# The texts prepared in the judgement under way (see one_judgement), or None outside one.
_PREPARED: ContextVar[dict[str, Prepared] | None] = ContextVar("prepared", default=None)


@contextmanager
def one_judgement() -> Iterator[None]:
    """Within it, ``Prepared.of`` prepares each text once (the texts are forgotten when it ends)."""
    token = _PREPARED.set({})
    try:
        yield
    finally:
        _PREPARED.reset(token)


def _word_index(lower: str, start: int = 0) -> dict[str, list[int]]:
    """"=" + each word and the first three letters of each word -> where such words start, in the order
    the text first holds each key. The places of each distinct word are gathered first and its keys
    worked out once (a hostile reply repeats its words; each occurrence cost a dozen Python steps).
    ``start``: only the words from there on (where no word goes on from before it)."""
    by_word = _ascii_words(lower, start) if lower.isascii() else _words_by_match(lower, start)
    index: dict[str, list[int]] = {}
    merged: dict[str, list[int]] = {}
    for word, starts in by_word.items():
        for key, offset in _keys_of(word):
            have = index.get(key)
            if have is None:
                index[key] = [at + offset for at in starts] if offset else starts.copy()
            else:  # another word with these first letters: the places are put back in text order below
                have.extend([at + offset for at in starts] if offset else starts)
                merged[key] = have
    for places in merged.values():
        places.sort()
    return index


def _words_by_match(lower: str, start: int) -> defaultdict[str, list[int]]:
    """Each word of ``lower`` from ``start`` on (_INDEX_WORD) -> where it stands, in the order the text first holds
    it."""
    by_word: defaultdict[str, list[int]] = defaultdict(list)
    for m in _INDEX_WORD.finditer(lower, start):
        by_word[m.group()].append(m.start())
    return by_word


# Every ASCII character no word of an ASCII text holds (_ASCII_INDEX_WORD: letters, digits, "_" and "'"), as a space,
# and every other one as itself: str.translate looks each distinct character of the text up, and one the table lacks
# costs it a KeyError raised and caught (about 8 k instructions over the plain reply's 170 characters).
_ASCII_NOT_IN_WORDS = str.maketrans({chr(c): chr(c) if chr(c).isalnum() or chr(c) in "_'" else " " for c in range(128)})


def _ascii_words(lower: str, start: int) -> defaultdict[str, list[int]]:
    """_words_by_match of an ASCII text, read from a split: each run of the characters words are made of
    (_ASCII_NOT_IN_WORDS) holds one word, from its first letter, digit or "_" to its end (_ASCII_INDEX_WORD, which
    starts a word after no such character and no such one and "'", takes the rest of the run), and the runs and
    where they stand are found at C speed (a match object per word cost a third of the word index)."""
    text = lower[start:] if start else lower
    parts = text.translate(_ASCII_NOT_IN_WORDS).split(" ")
    starts = accumulate(map(add, map(len, parts), repeat(1)), initial=start)
    by_word: defaultdict[str, list[int]] = defaultdict(list)
    if "'" not in text:
        for word, at in zip(compress(parts, parts), compress(starts, parts), strict=True):
            by_word[word].append(at)
        return by_word
    for run, at in zip(compress(parts, parts), compress(starts, parts), strict=True):
        word = run.lstrip("'") if run[0] == "'" else run
        if word:  # a run of apostrophes only holds no word; a word starts after those opening its run
            by_word[word].append(at + len(run) - len(word))
    return by_word


# A run of the characters a word of the index is made of: it holds one word at most, which runs to the run's end.
_WORD_RUN_END = re.compile(r"[\w'’‘ʼ]++\Z")


def _index_beyond(index: dict[str, list[int]], lower: str, head_end: int) -> dict[str, list[int]]:
    """The word index of ``lower`` (_word_index) from ``index``, that of its first ``head_end`` characters: the same
    words stand there, but for the last one, which may go on past the head's end. Its places are taken out and the
    words are read again from the start of its run; the keys the rest brings are added after the head's (the
    order the text first holds each key, as _word_index gives it) and its places after theirs (in text order)."""
    index = dict(index)
    start = _run_start(lower, head_end)
    last = _INDEX_WORD.search(lower, start, head_end)
    if last is not None:
        for key in {key for key, _ in _keys_of(last.group())}:
            places = index[key]
            kept = bisect_left(places, start)  # the word's own places (an elision's key is a place inside it)
            if not kept:
                del index[key]
            elif kept < len(places):
                index[key] = places[:kept]
    for key, places in _word_index(lower, start).items():
        have = index.get(key)
        index[key] = places if have is None else have + places
    return index


def _index_before(index: dict[str, list[int]], lower: str, end: int) -> dict[str, list[int]]:
    """The word index of ``lower`` (_word_index), the first ``end`` characters of a text whose index is ``index``: the
    same words stand there, but for the last one, which may go on past ``end`` in the longer text. The places from the
    start of its run on are taken out (a key left with none goes, and comes back after the others when the last
    word holds it: the order the text first holds each key), and the words are read again from there."""
    start = _run_start(lower, end)
    kept: dict[str, list[int]] = {}
    for key, places in index.items():
        before = bisect_left(places, start)  # a word's places, an elision's key inside it too, all before its run's
        if before:
            kept[key] = places if before == len(places) else places[:before]
    for key, places in _word_index(lower, start).items():
        have = kept.get(key)
        kept[key] = places if have is None else have + places
    return kept


# How far back the run of word characters ending at a place is first looked for (_run_start): a word or two.
_RUN_WINDOW = 32


def _run_start(lower: str, end: int) -> int:
    """Where the run of the characters index words are made of (_WORD_RUN_END) that ends at ``end`` starts, or
    ``end`` when the character before it is none of them. Looked for in the last _RUN_WINDOW characters, then in four
    times as many while the run found starts where the window does (a search from the text's start tried the run's
    regex at each of its characters: 20 us for 900 characters, that of the two words before the place a handful)."""
    width = _RUN_WINDOW
    while True:
        lo = max(0, end - width)
        run = _WORD_RUN_END.search(lower, lo, end)
        if run is None:
            return end
        if run.start() > lo or lo == 0:
            return run.start()
        width *= 4


@lru_cache(maxsize=65536)
def _keys_of(word: str) -> tuple[tuple[str, int], ...]:
    """The index keys of a word as _INDEX_WORD finds it, each with where it starts after the word's start."""
    keys: list[tuple[str, int]] = []

    def add(word: str, offset: int) -> None:
        keys.append(("=" + word, offset))
        if len(word) >= _PREFIX:
            keys.append((word[:_PREFIX], offset))

    # Most words hold no apostrophe and no underscore (the modifier apostrophe is a letter to isalnum).
    if word.isalnum() and "ʼ" not in word:
        add(word, 0)
        return tuple(keys)
    # A closing quote is not part of the word: ‘angry’ and 'angry' are the word angry.
    word = _APOSTROPHES.sub("'", word).rstrip("'")
    add(word, 0)
    if word.endswith("'s") and word[:-2] not in _CONTRACTED:
        # A possessive is its name too: "Shopify's own analytics", "the customer's order".
        add(word[:-2], 0)
    elided, _, rest = word.partition("'")
    if rest and _ELISION.fullmatch(elided):
        # French and Italian elide articles and pronouns into the next word ("l'écoute", "je m'excuse",
        # "dell'engagement"): the word after the apostrophe is a word too.
        add(rest, len(elided) + 1)
    return tuple(keys)


# A run of separators (what a space in a phrase matches) or a run of other characters, in a text and in its lowered
# twin, where "_" is a space (lowered: no other character turns from one kind to the other, by test).
RUN = r"(?:[\s\-/]++|[^\s\-/]++)"
LOWERED_RUN = r"(?:[\s\-/_]++|[^\s\-/_]++)"


def reach_in_runs(phrase: str) -> int | None:
    """How far the regex of ``phrase`` (phrase_regex) reads, tried at any place of a text, in runs (RUN) counted
    from the one holding that place: every character it looks at lies in one of the first ``reach_in_runs + 1``
    runs, or None for a phrase anchored at a line's start (read from a run of spaces and marks of any length). Each
    part of the regex takes characters of one kind only, separators or others: a written character, a separator
    run, a star's ending (letters and apostrophes), each word and separator run of a gap. So the characters a
    match takes change kind, and move to the next run, at most as often as its parts do, in the order written,
    and the character it looks at after the last it takes (where a run or the match stops) is at most one run on."""
    tokens = as_read(phrase).split()
    if tokens and tokens[0] == "^":
        return None
    case_kept = any(_is_caps(t) for t in tokens)
    kinds: list[bool] = []  # each part's kind, a separator or not, in order
    gap = False
    for token in tokens:
        if token == "...":
            gap = True
            continue
        if kinds:
            kinds.extend(_GAP_KINDS if gap else (True,))
        gap = False
        star = token.endswith("*") and len(token) > 1
        body = token[:-1] if star else token
        kinds.extend(_SEPARATOR.match(c) is not None for c in (body if case_kept else fold(body.lower())))
        if star:
            kinds.append(False)
    return sum(a != b for a, b in pairwise(kinds)) + 1


# What a space in a phrase matches, one character of it; the kinds of a gap's parts: a separator run, then up to four
# words, each with the separator run after it.
_SEPARATOR = re.compile(r"[\s\-/]")
_GAP_KINDS = (True, *(False, True) * 4)


def _is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def as_read(phrase: str) -> str:
    """``phrase`` as written for the text it is read in, so that a text holding it as written holds a match:
    - a phrase read in the lowered text, where "_" is a space (lowered), has its "_" as spaces too
      ("angry_customer_tip" is three words there);
    - a last word that is an elision ("n'", "qu'", "l'") is glued to the word after it, as French writes it
      ("N'ignorez jamais", "en tant qu'IA"): it takes that word's letters, as a starred word does;
    - a phrase at a line's start reads after the line's leading marks (_LINE_START takes every ">", "*", "[", "("
      there), so its own leading marks are those: "^ [INST]" is found in "[INST]".
    The lexicons are written as people write; tests/evaluation/test_every_phrase_is_found.py finds, for every phrase
    of every lexicon, a text holding it."""
    bare = phrase.strip()
    if "_" not in bare and bare[:1] != "^" and bare[-1:] not in _APOSTROPHE_MARKS:
        return phrase  # most phrases: nothing to write again (each is read three times as its lexicon is built)
    tokens = phrase.split()
    if "_" in phrase and not any(_is_caps(t) for t in tokens):
        tokens = " ".join(tokens).replace("_", " ").split()
    if tokens and tokens[0] == "^" and len(tokens) > 1:
        first = tokens[1].lstrip(_LINE_MARKS)
        tokens[1:2] = [first] if first else []
    last = tokens[-1] if tokens else ""
    if len(last) > 1 and _APOSTROPHES.fullmatch(last[-1]) and _ELISION.fullmatch(fold(last[:-1].lower())):
        tokens[-1] = last + "*"
    return " ".join(tokens)


def _token_regex(token: str, lower: bool) -> str:
    star = token.endswith("*") and len(token) > 1
    body = token[:-1] if star else token
    body = fold(body.lower()) if lower else body
    rx = _APOSTROPHES.sub(_APOSTROPHE_CLASS, re.escape(body))
    return rx + (_WORD_TAIL if star else "")


def phrase_regex(phrase: str) -> tuple[str, bool]:
    """The regex for one phrase (as_read), and whether it must run on the original (case-kept) text."""
    tokens = as_read(phrase).split()
    anchored = bool(tokens) and tokens[0] == "^"
    if anchored:
        tokens = tokens[1:]
    case_kept = any(_is_caps(t) for t in tokens)
    out: list[str] = []
    gap = False
    previous = ""
    for token in tokens:
        if token == "...":
            gap = True
            continue
        if out:
            # Punctuation may touch the word before it: "SYSTEM:" as well as "system :".
            touching = not token[:1].isalnum() or not previous[-1:].isalnum()
            if gap:
                out.append(_GAP)
            elif not touching:
                out.append(_SEP)
            else:  # a separator run leaves the mark a token starts with ("reviewer -") to the token
                out.append(_SEP_BEFORE.get(token[0], _SEP_OPTIONAL))
        previous = token
        gap = False
        rx = _token_regex(token, lower=not case_kept)
        if case_kept and not _is_caps(token):
            rx = f"(?i:{rx})"
        out.append(rx)
    body = "".join(out)
    if anchored:
        body = _LINE_START + body
    return body, case_kept


def _first_literal(rx: str) -> str:
    """The character a regex must start with, as written in it ("a", "," of ", we", "\\#" of "###"),
    or "" (a class, a group, an anchor)."""
    if not rx:
        return ""
    if rx[0] == "\\":
        return rx[:2] if len(rx) > 1 and not rx[1].isalnum() else ""
    return "" if rx[0] in "[](){}.*+?^$|" else rx[0]


def _alternation(items: Sequence[tuple[str, str]], head: str = "") -> str:
    """Join (group name, regex) pairs, grouped by first character so most branches are skipped fast.
    When every branch starts with a character, the regex engine looks only where one of them stands:
    a phrase starting with punctuation (", we", "% of", "### system") no longer costs a try at every
    character of the reply (a tenth of a second per MB each). ``head``: what every branch must be preceded by;
    the word start (_WORD_HEAD) is written after a branch's first character when that is a letter or a digit."""
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, rx in items:
        by_first[_first_literal(rx)].append((name, rx))
    branches = []
    for first, group in by_first.items():
        if first:
            # The shared first character is pulled out as a literal; the groups hold the rest.
            rest = _shared_heads([(name, rx[len(first):]) for name, rx in group])
            if head == _WORD_HEAD and first.isalnum():
                branches.append(f"{first}{_WORD_HEAD_AFTER_FIRST}(?:{rest})")
            else:
                branches.append(f"{head}{first}(?:{rest})")
        else:
            shared = _shared_heads(group)
            branches.append(f"{head}(?:{shared})" if head else shared)
    return "|".join(branches)


# No letter and no letter-plus-apostrophe before a phrase: where a scanned phrase ("word" kind) may start. Written
# after a branch's first character, a letter or a digit, as the same test of the characters before it (as
# _INDEX_WORD is): a regex headed by look-behinds is tried at every character of the text, one whose branches all
# start with a character only where one of them stands (the regex engine skips to them at C speed).
_WORD_HEAD = r"(?<!\w)(?<!\w['’‘ʼ])"
_WORD_HEAD_AFTER_FIRST = r"(?<!\w\w)(?<!\w['’‘ʼ]\w)"


# One part of a phrase regex that matches in one way only where it matches at all, and is not followed by a
# quantifier: a character (plain, or escaped as re.escape writes it), one character class tried once or run
# possessively (the separators, a star's ending, the apostrophes), or a run of characters blind to case. A gap's
# group, a lazy repeat or anything else is no such part.
_ATOM = re.compile(r"(?:\\\W|[^\\()\[\]{}*+?|.^$]|\[[^\[\]]++\](?:[*+]\+)?+|\(\?i:(?:\\\W|[^\\()\[\]{}*+?|.^$])++\))"
                   r"(?![*+?{])")


def _atom_at(rx: str, pos: int = 0) -> str | None:
    atom = _ATOM.match(rx, pos)
    return atom.group() if atom is not None else None


def _literal(atom: str | None) -> str | None:
    """The one character an atom matches when it is a plain or escaped character (case kept), else None."""
    if atom is None:
        return None
    if len(atom) == 1:
        return atom
    return atom[1] if len(atom) == 2 and atom[0] == "\\" else None


def _shared_heads(items: Sequence[tuple[str, str]]) -> str:
    """The alternation of (group name, regex) pairs, tried as if in their order, written as a tree of the parts
    they share. "take ... private", "take ... offline", "take it offline", "take your time" read "take" and the
    run of separators after it once between them, not once each (a line of 60 dashes after "take" was read by
    every phrase); the 400 phrases of one lexicon that start with "i" ("i really need to ...", "i have to ...")
    read the separators after it once, then try only those whose next word starts with the letter standing
    there (each of them read the separators again, and no branch of the regex engine is skipped by its first
    letter when it starts with a run: 1.5 M instructions for one "I" of a reply). Each step keeps the order of
    the tries that can match at one place, so the first phrase that matches (with the lexicon's test after it)
    is the one that trying each phrase whole in turn found:
    - neighbours that start with the same part that matches in one way only (_ATOM) share it, and as many
      more such parts as they all start with;
    - of neighbours that each start with a character (a run of them, up to the first that does not), those
      starting with the same character are put together: two different characters never match at one place,
      so which of them is tried first changes nothing."""
    out: list[str] = []
    i = 0
    while i < len(items):
        atom = _atom_at(items[i][1])
        first = _literal(atom)
        j = i + 1
        if first is not None:
            by_character: dict[str, list[tuple[str, str]]] = {first: [items[i]]}
            while j < len(items) and (character := _literal(_atom_at(items[j][1]))) is not None:
                by_character.setdefault(character, []).append(items[j])
                j += 1
            out.extend(map(_shared_branch, by_character.values()))
        else:
            while atom is not None and j < len(items) and _atom_at(items[j][1]) == atom:
                j += 1
            out.append(_shared_branch(items[i:j]))
        i = j
    return "|".join(out)


def _shared_branch(group: Sequence[tuple[str, str]]) -> str:
    """One branch for regexes that start alike: the parts all of them start with, then the tree of their rests
    (each regex whole when only one is left, or when they share no part)."""
    if len(group) == 1:
        return f"(?P<{group[0][0]}>{group[0][1]})"
    shared = 0
    while (atom := _atom_at(group[0][1], shared)) is not None and all(
            _atom_at(rx, shared) == atom for _, rx in group[1:]):
        shared += len(atom)
    if not shared:
        return "|".join(f"(?P<{name}>{rx})" for name, rx in group)
    return f"{group[0][1][:shared]}(?:{_shared_heads([(name, rx[shared:]) for name, rx in group])})"


def _index_key(phrase: str) -> str | None:
    """The word-index key a phrase (as_read) can only start at, or None when it needs a full scan."""
    tokens = as_read(phrase).split()
    first = tokens[0] if tokens else "^"
    if first == "^":
        return None
    star = first.endswith("*")
    literal = _APOSTROPHES.sub("'", fold((first[:-1] if star else first).lower()))
    head = re.match(r"\w[\w']*", literal)
    if head is None:
        return None  # starts with punctuation ("% of", "<|system|>")
    word = head.group()
    if not star:  # a closing quote is not part of a whole word (_keys_of): "platforms' own"
        word = word.rstrip("'")
    if word != literal or not star:
        return "=" + word  # a whole first word ("de" of "de-escalat*" is one word to the index)
    return word[:_PREFIX] if len(word) >= _PREFIX else None


def _scan_kind(rx: str) -> str:
    """How a phrase that the word index cannot find is scanned for: at line starts, after a word
    edge, or (starting with punctuation, like ", we" or "% of") wherever its first character is."""
    if rx.startswith("^"):
        return "line"
    return "word" if rx[:1].isalnum() or rx.startswith(("\\w", "(?i:")) else "punct"


_V = TypeVar("_V")


class PerRegex(Generic[_V]):
    """What was worked out once about each compiled regex, looked up by the regex's id. A compiled regex used as a dict
    key is hashed from its whole compiled program at every look-up (CPython 3.11's pattern_hash caches nothing): about
    40 k instructions for negation's disowning scan, which may_match is asked about for every reply (1.5 % of the plain
    reply's judgement). Each value is kept with its regex, which keeps that regex alive: no other object takes its id
    while it is here. Two equal regexes compiled apart are two entries, with the same value (it is worked out from the
    regex alone)."""

    __slots__ = ("_by_id",)

    def __init__(self) -> None:
        self._by_id: dict[int, tuple[re.Pattern[str], _V]] = {}

    def get(self, rx: re.Pattern[str], default: _V | None = None) -> _V | None:
        entry = self._by_id.get(id(rx))
        return default if entry is None else entry[1]

    def __getitem__(self, rx: re.Pattern[str]) -> _V:
        entry = self._by_id.get(id(rx))
        if entry is None:
            raise KeyError(rx)
        return entry[1]

    def __setitem__(self, rx: re.Pattern[str], value: _V) -> None:
        self._by_id[id(rx)] = (rx, value)

    def __len__(self) -> int:
        return len(self._by_id)


# What a regex's every match holds: one of a few strings (a literal run of the phrases, each branch of an alternation
# giving one), worked out from the parsed regex. A key's regex is tried at each place its key stands in the text,
# and in a text of one word or letter repeated that is hundreds of tries of a regex that reads on past the key
# (a gap of up to four words, "e ... imprescindivel", reads each of five widths for each phrase: 1.6 us a try in
# spaced-out letters); when the text holds none of the strings at all, no try can match, which a substring search
# at C speed tells. Asked only of a key standing at _NEEDED_FROM places or more: at fewer, the tries cost less.
_NEEDED_FROM = 8
_MIN_NEEDED = 3  # a shorter string is in nearly every text
_MAX_NEEDED = 32  # more would cost more searches than they save
_NEEDS: PerRegex[tuple[str, ...] | None] = PerRegex()
_REPEATS = frozenset({_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT})


def needed_strings(rx: re.Pattern[str], held: str = "") -> tuple[str, ...] | None:
    """Strings one of which every match of ``rx`` holds, or None when no such few strings of _MIN_NEEDED
    characters or more are known (a regex ignoring case is not read). ``held``: what the text is known to hold
    where ``rx`` is tried (its key's word); a set with a string inside it tells nothing."""
    if rx.flags & re.IGNORECASE:
        return None
    found = _needed_in(_sre_parse.parse(rx.pattern, rx.flags), held)
    if found is None or len(found) > _MAX_NEEDED or min(map(len, found)) < _MIN_NEEDED:
        return None
    return tuple(sorted(found, key=lambda s: (-len(s), s)))  # longest first: the likeliest to be absent


def _needed_in(items: _sre_parse.SubPattern | list[tuple[object, object]], held: str,
               every: list[frozenset[str]] | None = None) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` holds: its longest-shortest such set
    (a run of literals, or what a group, an alternation of them or a repeat of at least one holds), or None.
    A run of literals goes on into a group or an alternation that starts with literals, one string for each way
    it may be read (_opening): "n tn(?:s ps|z ps|t q)" holds "tns", "tnz" or "tnt", "l vl(?:ttr|dr)" holds "vlttr"
    or "vldr", where "tn", "vl" and the branches alone are two letters or fewer (too few to tell anything).
    ``every``: given, each such set found is added to it (every match holds one string of each)."""
    best: frozenset[str] | None = None

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if not found or any(string in held for string in found):
            return
        if every is not None:
            every.append(found)
        if best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best)):
            best = found

    runs = {""}  # each way the run of literals read so far may be spelt
    for op, av in items:
        opening, whole = _opening(op, av)
        if len(runs) * len(opening) > _MAX_NEEDED:
            opening, whole = {""}, False
        runs = {run + more for run in runs for more in opening}
        if whole:
            continue
        if runs != {""}:
            better(frozenset(runs))
            runs = {""}
        if op is _sre.SUBPATTERN:
            _, added, removed, inner = av  # type: ignore[misc]
            better(None if (added | removed) & _sre.SRE_FLAG_IGNORECASE else _needed_in(inner, held))
        elif op is _sre.ATOMIC_GROUP:
            better(_needed_in(av, held))
        elif op is _sre.BRANCH:
            sets = [_needed_in(branch, held) for branch in av[1]]  # type: ignore[index]
            better(None if any(found is None for found in sets) else frozenset().union(*sets))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            better(_needed_in(av[2], held))  # type: ignore[index]
    if runs != {""}:
        better(frozenset(runs))
    return best


_NOTHING_KNOWN = ({""}, False)


def _opening(op: object, av: object) -> tuple[set[str], bool]:
    """(strings, whole): every match of the parsed item starts with one of the strings (each its literals up to
    the first item that is no literal, through groups that change no flag and alternations, at most _MAX_NEEDED
    of them); whole when every match is one of them."""
    if op is _sre.LITERAL:
        return {chr(av)}, True  # type: ignore[arg-type]
    if op is _sre.SUBPATTERN:
        group: tuple[object, int, int, _sre_parse.SubPattern] = av  # type: ignore[assignment]
        return _NOTHING_KNOWN if group[1] or group[2] else _sequence_opening(group[3])
    if op is _sre.BRANCH:
        found: set[str] = set()
        every = True
        for branch in av[1]:  # type: ignore[index]
            opening, whole = _sequence_opening(branch)
            found |= opening
            every = every and whole
        return (found, every) if len(found) <= _MAX_NEEDED else _NOTHING_KNOWN
    return _NOTHING_KNOWN


def _sequence_opening(items: _sre_parse.SubPattern | list[tuple[object, object]]) -> tuple[set[str], bool]:
    runs = {""}
    for op, av in items:
        opening, whole = _opening(op, av)
        if len(runs) * len(opening) > _MAX_NEEDED:
            return runs, False
        runs = {run + more for run in runs for more in opening}
        if not whole:
            return runs, False
    return runs, True


def needed_by_each(source: str, held: str = "") -> tuple[frozenset[str], ...] | None:
    """Sets of strings every match of the regex ``source`` holds one of each of (each set one needed_strings may
    give: a run of literals, what a group, an alternation or a repeat holds), of _MIN_NEEDED characters or more and
    at most _MAX_NEEDED strings, or None when none is known (or the regex ignores case somewhere). ``held``: as for
    needed_strings."""
    every: list[frozenset[str]] = []
    _needed_in(_sre_parse.parse(source), held, every)
    kept = tuple(found for found in every if len(found) <= _MAX_NEEDED and min(map(len, found)) >= _MIN_NEEDED)
    return kept or None


# What one phrase of a key's regex needs: sets of strings, one of each held by every match, each set parted as
# _parted_needs parts (letters and digits, the others).
_PhraseNeeds = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
# A key's regex -> what each of its phrases needs; None when some phrase needs nothing known.
_PHRASE_NEEDS: PerRegex[tuple[_PhraseNeeds, ...] | None] = PerRegex()


def _phrase_needs(rx: re.Pattern[str], items: list[tuple[int, str]], key: str) -> tuple[_PhraseNeeds, ...] | None:
    """What each phrase of ``items`` (rank, regex), the phrases of ``rx`` starting with ``key``, needs."""
    try:
        return _PHRASE_NEEDS[rx]
    except KeyError:  # two threads may both work it out: the same strings either way
        phrases: list[_PhraseNeeds] = []
        for _, source in items:
            sets = needed_by_each(source, key.removeprefix("="))
            if sets is None:
                _PHRASE_NEEDS[rx] = None
                return None
            longest_first = sorted(sets, key=lambda found: -min(map(len, found)))
            phrases.append(tuple((tuple(s for s in found if _in_a_word(s)),
                                  tuple(s for s in found if not _in_a_word(s))) for found in longest_first))
        found = _PHRASE_NEEDS[rx] = tuple(phrases)
        return found


def _no_phrase_may_match(phrases: tuple[_PhraseNeeds, ...], words: str, text: str) -> bool:
    """Each phrase needs a string of some set of its own that ``text`` does not hold (its letters and digits looked
    for in ``words``, _words_of), each string looked for once."""
    held: dict[str, bool] = {}
    for sets in phrases:
        for in_words, others in sets:
            found = False
            for string in in_words:
                here = held.get(string)
                if here is None:
                    here = held[string] = string in words
                if here:
                    found = True
                    break
            else:
                for string in others:
                    here = held.get(string)
                    if here is None:
                        here = held[string] = string in text
                    if here:
                        found = True
                        break
            if not found:
                break  # this phrase cannot match
        else:
            return False  # every set of this phrase is held: it may match
    return True


# needed_strings of the whole-text scans may_match was asked about, by regex.
_SCAN_NEEDS: PerRegex[tuple[str, ...] | None] = PerRegex()


def may_match(rx: re.Pattern[str], text: str) -> bool:
    """False only when no match of ``rx`` can stand in ``text``: it holds none of the strings one of which every
    match holds (needed_strings). A scan that starts with a look-around is tried at every character of a text (the
    engine skips only to a first character it can tell); a few substring searches at C speed may spare it."""
    needed = _SCAN_NEEDS.get(rx, ())
    if needed == ():  # two threads may both work it out: the same strings either way
        needed = _SCAN_NEEDS[rx] = needed_strings(rx)
    return needed is None or any(string in text for string in needed)


def _needs(rx: re.Pattern[str], key: str) -> tuple[str, ...] | None:
    found = _NEEDS.get(rx, ())
    if found == ():  # two threads may both work it out: the same strings either way
        found = _NEEDS[rx] = needed_strings(rx, key.removeprefix("="))
    return found


# _needs of a key's regex parted into the strings made only of letters and digits, which a text holds only inside one
# of its words (_words_of), and the others; None when nothing is known.
_PARTED_NEEDS: PerRegex[tuple[tuple[str, ...], tuple[str, ...]] | None] = PerRegex()


def _parted_needs(rx: re.Pattern[str], key: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    try:
        return _PARTED_NEEDS[rx]
    except KeyError:  # two threads may both work it out: the same strings either way
        needed = _needs(rx, key)
        found = _PARTED_NEEDS[rx] = None if needed is None else (
            tuple(s for s in needed if _in_a_word(s)), tuple(s for s in needed if not _in_a_word(s)))
        return found


def _in_a_word(string: str) -> bool:
    """Every character of ``string`` is one of the word characters a word of the index keeps as it is (the modifier
    apostrophe is a letter to isalnum, and a straight one in the index's keys)."""
    return string.isalnum() and "ʼ" not in string


def _words_of(prepared: Prepared) -> str:
    """Where the strings made of letters and digits a lexicon's regex needs are looked for in ``prepared.lower``: its
    word index's keys joined by "=" (each whole word is a key, "=" and the word with its apostrophes made straight;
    a run of letters and digits stands inside a word, which holds it so), or ``lower`` itself when the keys are no
    shorter. A text that repeats its words (spaced-out letters: a thousand one-letter words, a dozen distinct) is
    searched in a few dozen characters instead of thousands, for each of the strings of each key tried (a fifth of
    the lexicons' reads of 3 KB of spaced-out letters)."""
    words = "=".join(prepared.index)
    if len(words) >= len(prepared.lower):
        words = prepared.lower
    object.__setattr__(prepared, "words", words)
    return words


class _Owned:
    """The keys of one text's word index that each lexicon holds, as (the key's rank in the lexicon, the key) in
    the index's order, by the lexicon's serial number; ``upto``: the lexicons registered when it was made (a
    later one is not in it)."""

    __slots__ = ("keys", "upto")

    def __init__(self, index: dict[str, list[int]]) -> None:
        self.upto = _REGISTERED[0]  # read first: a lexicon counted here has all its keys in _OWNERS
        keys: dict[int, list[tuple[int, str]]] = {}
        owners = _OWNERS.get
        for key in index:
            for serial, item in owners(key, ()):
                mine = keys.get(serial)
                if mine is None:
                    keys[serial] = [item]
                else:
                    mine.append(item)
        self.keys = keys


# Word-index key -> (serial number, (rank of the key, the key)) of every live Matcher with phrases starting there (the
# pair _Owned lists made once, not for each reply: about a third of _Owned's time). A
# reply's few dozen keys are each looked up here once, instead of in each of the fifty-odd lexicons' key sets
# in turn: that was a set probe per key and lexicon, most of them answered from memory the CPU cache no longer
# held (callgrind with a 1 MB cache: a ninth of a small reply's cache misses). Values are tuples, replaced
# whole under _REGISTER_LOCK, so a reader in another thread never sees one half changed. The lock is reentrant: a
# collection set off while a Matcher registers may finalise another one in the same thread (a dead Matcher's entry
# left behind then is never asked for: serial numbers are not used again).
_OWNERS: dict[str, tuple[tuple[int, tuple[int, str]], ...]] = {}
# The map walks every key of a text: a text of more keys is mapped only once this many lexicons have read it (the
# keyword bound reads a long reply with six lexicons before cutting it, and its map cost more than their reads).
_MAPPED_KEYS = 256
_MAPPED_AFTER = 8
_SERIALS = count()
_REGISTERED = [0]  # every Matcher with a serial number below this one is in _OWNERS
_REGISTER_LOCK = threading.RLock()


def _register(matcher: Matcher) -> int:
    with _REGISTER_LOCK:
        serial = next(_SERIALS)
        for key, rank in matcher._rank.items():
            _OWNERS[key] = (*_OWNERS.get(key, ()), (serial, (rank, key)))
        _REGISTERED[0] = serial + 1
    weakref.finalize(matcher, _unregister, serial, tuple(matcher._rank)).atexit = False
    return serial


def _unregister(serial: int, keys: tuple[str, ...]) -> None:
    with _REGISTER_LOCK:
        for key in keys:
            left = tuple(owner for owner in _OWNERS.get(key, ()) if owner[0] != serial)
            if left:
                _OWNERS[key] = left
            else:
                _OWNERS.pop(key, None)


class Matcher:
    """All phrases of one lexicon, found in a text with a few anchored regex tries per candidate word."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        # Each phrase's group name ("e12") -> its entry, for the hits (no name when one phrase stands alone).
        self._entry_of: dict[str | None, Entry] = {f"e{index}": entry for index, entry in enumerate(self.entries)}
        if self.entries:
            self._entry_of[None] = self.entries[0]
        indexed: dict[tuple[str, bool], list[tuple[int, str]]] = defaultdict(list)
        scanned: dict[tuple[bool, str], list[tuple[int, str]]] = defaultdict(list)
        for index, entry in enumerate(self.entries):
            rx, case_kept = phrase_regex(entry.phrase)
            key = _index_key(entry.phrase)
            if key is None:
                scanned[(case_kept, _scan_kind(rx))].append((index, rx))
            else:
                indexed[(key, case_kept)].append((index, rx))
        # One small regex per first word: a candidate word is tried only against phrases starting
        # like it, so the cost per word stays small however large the lexicon grows. Each is compiled
        # the first time a reply holds its word: a process that judges one message (`endorsebot
        # evaluate`) compiles the few dozen it needs, not the thousands of the lexicons (most of its
        # start-up time); a judge worker compiles them all before it says it is ready (compile_all).
        sources: dict[str, list[tuple[list[tuple[int, str]], bool]]] = defaultdict(list)
        for (key, kept), items in indexed.items():
            sources[key].append((items, kept))
        self._sources = dict(sources)
        self._keys = frozenset(self._sources)
        self._rank = dict(zip(self._sources, count()))
        self._by_key: dict[str, list[tuple[re.Pattern[str], bool]]] = {}
        heads = {"word": _WORD_HEAD, "punct": "", "line": _LINE_START}
        # No phrase anchored at a line's start ("^"): the only part of a phrase regex that tells a line
        # break from a space, so the hits are the same in a text whose line breaks became spaces
        # (prepare_alike).
        self.line_free = all(kind != "line" for _, kind in scanned)
        # How many runs (RUN) past the one it is tried at a match of any phrase may read, or None (a "^" phrase).
        reaches = [reach_in_runs(entry.phrase) for entry in self.entries]
        self.reach: int | None = max((r for r in reaches if r is not None), default=0)
        if None in reaches:
            self.reach = None
        self._scanned = [
            (self._compile([(i, rx.removeprefix(_LINE_START)) for i, rx in items], head=heads[kind]), kept)
            for (kept, kind), items in scanned.items()
        ]
        # What every match of each scan holds (needed_strings), or None, worked out at the first read: a text holding
        # none of it is not scanned (a scan headed by "^" or a punctuation mark is tried at every line or every such
        # mark of every reply; reading the regexes when the lexicon is built cost a process 0.2 ms a scan).
        self._scan_needs: list[tuple[str, ...] | None] | None = None
        self._serial = _register(self)
        _BUILT.add(self)

    def _regexes_of(self, key: str) -> list[tuple[re.Pattern[str], bool]]:
        found = self._by_key.get(key)
        if found is None:  # two threads may both compile it: the same regex either way
            found = self._by_key[key] = [(self._compile(items, head=""), kept) for items, kept in self._sources[key]]
        return found

    def _phrases_of(self, key: str, rx: re.Pattern[str]) -> list[tuple[int, str]]:
        """The phrases (rank, regex) of ``rx``, a regex of the phrases starting with ``key``."""
        return next(items for (compiled, _), (items, _) in zip(self._regexes_of(key), self._sources[key], strict=True)
                    if compiled is rx)

    def compile_all(self) -> None:
        for key in self._sources:
            self._regexes_of(key)

    @staticmethod
    def _compile(items: list[tuple[int, str]], *, head: str) -> re.Pattern[str]:
        # Longest phrase first: alternation takes the first branch that fits, not the longest.
        ordered = sorted(items, key=lambda item: -len(item[1]))
        named = [(f"e{index}", rx) for index, rx in ordered]
        if head == _WORD_HEAD:  # the head written into each branch, after its first character where it can be
            return re.compile(rf"(?:{_alternation(named, head)})(?![\w])", re.MULTILINE)
        return re.compile(rf"{head}(?:{_alternation(named)})(?![\w])", re.MULTILINE)

    def find(self, prepared: Prepared) -> list[Hit]:
        found = prepared.found.get(self)
        if found is None:
            # No key of the text starts a phrase of this lexicon, and it scans for none (most lexicons, for most
            # replies): _find's first answer, told before calling it and keeping what it found.
            owned = prepared.owned
            if (owned is not None and not self._scanned and self._serial < owned.upto
                    and self._serial not in owned.keys):
                return []
            found = prepared.found[self] = self._find(prepared)
        return list(found)  # a copy: callers may change theirs

    def _find(self, prepared: Prepared, start: int = 0) -> list[Hit]:
        """The hits in ``prepared``; with ``start``, those of the index's words from there on (a lexicon with no scan:
        _hits_before_the_cut)."""
        hits: list[Hit] = []
        index = prepared.index
        # The keys both hold, taken in the smaller side's order, as a walk over it would (hits at one place
        # keep their order): from what the text's keys say about every lexicon (_Owned), or for a lexicon
        # built after that, at C speed.
        owned = prepared.owned
        if owned is None and (len(index) <= _MAPPED_KEYS or len(prepared.found) >= _MAPPED_AFTER):
            owned = _Owned(index)
            object.__setattr__(prepared, "owned", owned)
        common: Sequence[tuple[int, str]]  # (the key's rank in this lexicon, the key)
        if owned is not None and self._serial < owned.upto:
            common = owned.keys.get(self._serial, ())
            if not common and not self._scanned:  # no key of the text starts a phrase of this lexicon
                return hits
            if len(common) > 1 and len(self._keys) < len(index):
                common = sorted(common)
        else:
            rank = self._rank if len(self._keys) < len(index) else prepared.rank
            common = sorted((rank[key], key) for key in self._keys & prepared.keys)
        for _, key in common:
            positions = index[key]
            if start:
                positions = positions[bisect_left(positions, start) :]
                if not positions:
                    continue
            for rx, kept in self._by_key.get(key) or self._regexes_of(key):
                text = prepared.text if kept else prepared.lower
                if len(positions) == 1:
                    m = rx.match(text, positions[0])
                    if m is not None:
                        hits.append(self._hit(m))
                else:
                    if len(positions) >= _NEEDED_FROM:
                        parted = _parted_needs(rx, key)
                        if parted is not None:
                            # Letters and digits looked for in the text's words (a text in case kept has no index).
                            words = text if kept else prepared.words or _words_of(prepared)
                            for string in parted[0]:
                                if string in words:
                                    break
                            else:
                                for string in parted[1]:
                                    if string in text:
                                        break
                                else:
                                    continue  # no try can match
                        # Each phrase needs what the text does not hold, though the key's regex as a whole may:
                        # "ignore all previous" over and over holds "previous" of "ignore ... previous guidance", not
                        # "guidance".
                        phrases = _PHRASE_NEEDS.get(rx, ())
                        if phrases == ():
                            phrases = _phrase_needs(rx, self._phrases_of(key, rx), key)
                        if phrases is not None and _no_phrase_may_match(
                                phrases, text if kept else prepared.words or _words_of(prepared), text):
                            continue
                    hits.extend(map(self._hit, filter(None, map(rx.match, repeat(text), positions))))
        needs = self._scan_needs
        if needs is None and self._scanned:  # two threads may both work it out: the same strings either way
            needs = self._scan_needs = [needed_strings(rx) for rx, _ in self._scanned]
        for (rx, kept), needed in zip(self._scanned, needs or (), strict=True):
            text = prepared.text if kept else prepared.lower
            if needed is not None:
                for string in needed:
                    if string in text:
                        break
                else:
                    continue  # no match can stand in the text
            hits.extend(map(self._hit, rx.finditer(text)))
        return _drop_overlaps(hits) if len(hits) > 1 else hits

    def regexes(self) -> list[re.Pattern[str]]:
        """Every compiled regex this Matcher runs (the linear-time tests inspect them)."""
        self.compile_all()
        return [rx for group in self._by_key.values() for rx, _ in group] + [rx for rx, _ in self._scanned]

    def _hit(self, m: re.Match[str]) -> Hit:
        # _new_hit's body, written here: a call less for each of the few dozen hits of every reply.
        hit: Hit = object.__new__(Hit)
        set_entry, set_start, set_end = _SET_HIT
        set_entry(hit, self._entry_of[m.lastgroup])
        start, end = m.span()
        set_start(hit, start)
        set_end(hit, end)
        return hit


# Every Matcher built in this process, for compile_built.
_BUILT: weakref.WeakSet[Matcher] = weakref.WeakSet()


def compile_built() -> None:
    """Compile every regex of every Matcher built so far (a judge worker, before it takes replies)."""
    for matcher in list(_BUILT):
        matcher.compile_all()


_START = attrgetter("start")
_END = attrgetter("end")


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits (the two passes may find "GA4" inside "GA4 reports")."""
    # By start, the longest (the one ending last) first: two stable sorts by attribute, at C speed, instead of a
    # key made in Python for each hit; hits alike in both keep their order either way.
    hits.sort(key=_END, reverse=True)
    hits.sort(key=_START)
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept
