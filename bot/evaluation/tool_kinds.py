"""Tools described in words no list holds: doubt for the tools criterion, never a count.

The tools criterion counts named products, a network's own analytics and the clearly described types of
tool_types.txt. Real replies often name one known tool and a second one in their own words: "comment filters",
"a database in Notion", "content calendars", "our built-in tracker". Failing such a reply treats partial evidence
from a genuine attempt as a clear gap; a careful grader sends it to a person (issue 9 item 5). No closed list can
hold every such phrase, so this module reads them by their grammar: a noun phrase of one to three words whose
head is a generic tool noun (tool_frames.toml [kind_heads]), with the determiner before it deciding what it points
at ([kind_determiners]) and closed-class words bounding it ([kind_bounds]).

What it finds is never counted: tools._counted reads it in the candidate's voice as it reads a name (not quoted,
negated, someone else's or told to the reader), and what stands goes into the Finding's ``doubtful``, which makes up
the shortfall as a person's decision (rules._in_doubt). A phrase adds nothing when it names a tool already found
again: pointing back ("this app", "the tool", "it's a great tool"), in apposition beside a name ("Help Scout, our
support tool"), before the brand it introduces ("tools like Hootsuite"), or overlapping a name, a type, or a network
("the Facebook app" is a channel). It is read only when fewer tools than needed were counted, so a reply that passes
pays nothing; each head costs a bounded reading of the words around it, so a reply's cost stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bot.evaluation.lexicon import toml_table
from bot.evaluation.patterns import fold
from bot.evaluation.reading import Reading
from bot.evaluation.spans import SpanSet

# How far before a head its phrase and the words that point it back are read, and how many words each side.
_BACK_REACH_CHARS = 60
_MOST_MODIFIERS = 2
_MOST_POINTER_WORDS = 3
_AFTER_REACH_CHARS = 24
# English and German put a phrase's describing words before its head; the others after it.
_HEAD_LAST = frozenset({"en", "de"})
# German compounds end in their head ("Redaktionskalender"); a head this short must follow a hyphen ("Discord-Bot"),
# or the ending of an unrelated word would be read ("Angebot", "knapp").
_SHORT_HEAD = 3
_MIN_COMPOUND_PREFIX = 3
# A word of a phrase: letters, with inner hyphens and apostrophes ("built-in", "plug-in", "l'").
_WORD = re.compile(r"[^\W\d_][\w'’-]*+")
_QUOTES = frozenset('"“”«»„')
# The word that joins a quantity to what it counts ("lots of", "un tas de").
_OF = frozenset({"of", "de", "von", "d'", "d’"})
# The words after a head that join what describes it ("una herramienta de IA", "um painel do Google").
_OF_AFTER = frozenset({"de", "d'", "d’", "do", "da"})
# How far back in its sentence a quote mark opening before a phrase is looked for.
_QUOTE_REACH_CHARS = 200


@dataclass(frozen=True, slots=True)
class Kind:
    """A phrase describing a tool no list holds: its words (no determiner), where they are, and its key."""

    start: int
    end: int
    words: str
    key: str


@dataclass(frozen=True, slots=True)
class _Grammar:
    heads: re.Pattern[str]
    compound_heads: tuple[str, ...]
    new: frozenset[str]
    own: frozenset[str]
    definite: frozenset[str]
    pointers: frozenset[str]
    generic: frozenset[str]
    bounds: frozenset[str]
    networks: tuple[str, ...]
    # A plural head's verb may follow it (English: _ends_a_phrase).
    plural_verbs: bool

    # Every word above that opens a phrase (new, own, definite, pointers, generic).
    determiners: frozenset[str]


@cache
def _grammar(language: str) -> _Grammar | None:
    """tool_frames.toml's kind tables for ``language``; None for a language they do not cover."""
    table = toml_table("tool_frames.toml")
    heads = table["kind_heads"].get(language)
    if not heads:
        return None
    dets = table["kind_determiners"]

    # Read in the reply's folded text (patterns.fold: lower case, no accents), as the words are written here folded.
    def words(name: str) -> frozenset[str]:
        return frozenset(fold(w.lower()) for w in dets[name].get(language, []))

    ordered = sorted({fold(h.lower()) for h in heads}, key=len, reverse=True)
    alternation = "|".join(r"[ \t]++".join(map(re.escape, h.split())) for h in ordered)
    # A head is a whole word, after an elided article too ("l'outil"), or in German the end of a compound (_heads).
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w'’-])")
    compound = tuple(h for h in ordered if " " not in h) if language == "de" else ()
    return _Grammar(pattern, compound, words("new"), words("own"), words("definite"), words("pointers"),
                    words("generic"),
                    frozenset(fold(w.lower()) for w in table["kind_bounds"].get(language, [])),
                    tuple(fold(w.lower()) for w in table["kind_networks"].get(language, [])), language == "en",
                    frozenset().union(*(words(name) for name in ("new", "own", "definite", "pointers", "generic"))))


def _heads(lower: str, grammar: _Grammar) -> list[tuple[int, int]]:
    spans = [m.span() for m in grammar.heads.finditer(lower)]
    if grammar.compound_heads:
        seen = {s for s, _ in spans}
        for m in _WORD.finditer(lower):
            word = m.group()
            for head in grammar.compound_heads:
                prefix = word[: len(word) - len(head)]
                if not word.endswith(head) or len(prefix) < _MIN_COMPOUND_PREFIX:
                    continue
                if len(head) <= _SHORT_HEAD and not prefix.endswith("-"):
                    continue
                if m.start() not in seen:
                    spans.append(m.span())
                break
        spans.sort()
    return spans


def described_kinds(reading: Reading, taken: SpanSet) -> Iterator[Kind]:
    """The phrases headed by a generic tool noun in the reply (the module's docstring), in reply order, outside
    ``taken`` (the names, types and networks found already) and not pointing back at a tool named before. Read as
    the caller asks for them: it stops when it has enough."""
    grammar = _grammar(reading.language)
    if grammar is None:
        return
    text, lower = reading.text, reading.prepared.lower
    for start, end in _heads(lower, grammar):
        sentence = reading.sentence(start)
        label = sentence.label
        if label is not None and label[0] <= start < label[1]:
            continue  # "Tools:", "Apps I use:" name the question, not a tool
        if reading.language in _HEAD_LAST and not _ends_a_phrase(lower, start, end, sentence.end, grammar):
            continue  # "a board meeting", "the app store": the phrase goes on past the word
        kind = _phrase(reading, start, end, sentence.start, grammar)
        if kind is None or taken.overlaps(kind.start, kind.end) or _quoted(text, sentence.start, kind.start):
            continue
        yield kind


def _ends_a_phrase(lower: str, start: int, end: int, stop: int, grammar: _Grammar) -> bool:
    """A mark, the sentence's end or a word of [kind_bounds] follows the head; or, after an English head in the
    plural, a word that is no plural: its verb ("keyword filters hold ...", "calendars keep ..."), as English
    nouns modify others in the singular ("an app store", "board meetings")."""
    rest = lower[end : min(stop, end + _AFTER_REACH_CHARS)].lstrip(" \t")
    if not rest or not (rest[0].isalpha()):
        return True
    word = _WORD.match(rest)
    if word is None:
        return False
    if word.group() in grammar.bounds:
        return True
    return grammar.plural_verbs and lower[end - 1] == "s" and end - start > _SHORT_HEAD and not (
        word.group().endswith(("s", "'s", "’s")))


def _words_before(lower: str, lo: int, start: int) -> list[tuple[int, str]]:
    """The words in lower[lo:start] joined by spaces or tabs only, nearest last: a mark ends the phrase."""
    out: list[tuple[int, str]] = []
    pos = start
    while pos > lo:
        spaced = pos
        while spaced > lo and lower[spaced - 1] in " \t":
            spaced -= 1
        if spaced == pos and pos != start:
            break
        word_start = spaced
        while word_start > lo and (lower[word_start - 1].isalpha() or lower[word_start - 1] in "-'’"):
            word_start -= 1
        if not any(c.isalpha() for c in lower[word_start:spaced]):
            break  # a mark (a list's dash), a digit or the reach's start
        out.append((word_start, lower[word_start:spaced]))
        pos = word_start
        if len(out) > _MOST_MODIFIERS + _MOST_POINTER_WORDS:
            break
    out.reverse()
    return out


def _phrase(reading: Reading, start: int, end: int, floor: int, grammar: _Grammar) -> Kind | None:
    """The phrase headed at start:end, or None when its determiner points back or speaks of tools in general, or
    it is a bare head ("software", "Tools")."""
    lower = reading.prepared.lower
    before = _words_before(lower, max(floor, start - _BACK_REACH_CHARS), start)
    head_last = reading.language in _HEAD_LAST
    modifiers: list[tuple[int, str]] = []
    determiner = ""
    i = len(before)
    while i > 0:
        at, word = before[i - 1]
        if word in grammar.determiners:
            determiner = word
            break
        if word in grammar.bounds:
            # "lots of great tools", "a range of apps": tools in general.
            if word in _OF and i >= 2 and before[i - 2][1] in grammar.generic:
                return None
            break
        if not head_last or len(modifiers) == _MOST_MODIFIERS:
            break
        modifiers.insert(0, (at, word))
        i -= 1
    if determiner in grammar.generic or determiner in grammar.pointers:
        return None
    # Pointers of several words end at the determiner: "it's a great tool", "which is an app".
    lead = [w for _, w in before[max(0, i - _MOST_POINTER_WORDS) : i]]
    if any(" ".join(lead[k:]) in grammar.pointers for k in range(len(lead))):
        return None
    after: list[str] = []
    phrase_end = end
    if not head_last:
        phrase_end, after = _described_after(lower, end, reading.sentence(start).end, grammar)
    described = bool(modifiers or after)
    if not described and determiner not in grammar.new:
        return None  # a bare head, "the tool" or "our app": no tool of its own
    phrase_start = modifiers[0][0] if modifiers else start
    words = reading.text[phrase_start:phrase_end]
    if lower[phrase_start:phrase_end].endswith(grammar.networks):
        return None  # "social media platforms": networks
    key = " ".join([*(w for _, w in modifiers), lower[start:end].rstrip("s"), *after])
    return Kind(phrase_start, phrase_end, words, key)


def _described_after(lower: str, end: int, stop: int, grammar: _Grammar) -> tuple[int, list[str]]:
    """The describing words after a head in Spanish, French or Portuguese ("un outil interne", "una herramienta de
    IA"): at most _MOST_MODIFIERS, each a word of no closed class, or "de" and one."""
    words: list[str] = []
    pos = end
    reach = min(stop, end + _AFTER_REACH_CHARS * 2)
    while len(words) < _MOST_MODIFIERS:
        gap = pos
        while gap < reach and lower[gap] in " \t":
            gap += 1
        if gap == pos:
            break
        m = _WORD.match(lower, gap, reach)
        if m is None:
            break
        word = m.group()
        if word in _OF_AFTER and words:
            break  # "un outil interne | de l'équipe": one describing word, then another phrase
        if word in _OF_AFTER:
            nxt = _WORD.match(lower, m.end() + 1, reach)
            if nxt is None or lower[m.end()] != " " or nxt.group() in grammar.bounds:
                break
            words += [word, nxt.group()]
            pos = nxt.end()
            break
        if word in grammar.bounds or word in grammar.determiners:
            break
        words.append(word)
        pos = m.end()
    return pos, words


def _quoted(text: str, sentence_start: int, start: int) -> bool:
    """The phrase stands inside quote marks opened before it in its sentence: words said by someone, or quoted."""
    opened = False
    for ch in text[max(sentence_start, start - _QUOTE_REACH_CHARS) : start]:
        if ch in _QUOTES:
            opened = (not opened) if ch in '"„' else ch in "“«"
    return opened


@cache
def _of_a_name(language: str) -> re.Pattern[str] | None:
    """tool_frames.toml [kind_of_a_name], then a determiner: the words between a tool found and its own part."""
    grammar = _grammar(language)
    phrases = toml_table("tool_frames.toml")["kind_of_a_name"].get(language)
    if grammar is None or not phrases:
        return None
    verbs = "|".join(r"[ \t]++".join(map(re.escape, fold(p.lower()).split()))
                     for p in sorted(phrases, key=len, reverse=True))
    dets = "|".join(map(re.escape, sorted(grammar.new | grammar.definite | grammar.pointers, key=len, reverse=True)))
    return re.compile(rf"[ \t]++(?:{verbs})[ \t]++(?:(?:{dets})[ \t]++)?+", re.IGNORECASE)


def of_a_name(reading: Reading, name_end: int, start: int) -> bool:
    """The phrase at ``start`` is the part of a tool named right before it ("Google Analytics also has a tool that
    ...", "Hootsuite comes with a built-in scheduler"): one tool with it."""
    pattern = _of_a_name(reading.language)
    return pattern is not None and pattern.fullmatch(reading.prepared.lower, name_end, start) is not None
