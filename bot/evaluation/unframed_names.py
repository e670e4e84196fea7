"""Names written like products that no frame says are used: doubt for the tools criterion, never a count.

A name no list knows counts as a tool only in a usage frame ("we schedule with Kurrently", "tools like Statbot":
tool_names.named_tools). Real replies often name products with no such frame: "Another service, Plumquix.com, maps
the fans", "Enter SnapTrail, which charts the replies", "feeds set up in Facebook, SnapTrail and Vornity". Failing
such a reply treats partial evidence from a genuine attempt as a clear gap; a careful grader sends it to a person
(issue 9 item 5). This module reads those names by their form alone: CamelCase (SnapTrail) or a domain
(Plumquix.com), as people write products and not persons or places. Capitals alone (CSAT, NPS) are not enough:
metrics are written so. A name is none when it is a network (channels.txt), a word as common as one in a million
words in English or the reply's language (wordfreq: "eBook", "eCommerce", "iPhone", "eBay", "PayPal": a word written
in a style, a device or a shop everyone names), a metric's name, an account or a link's part, or a surname written
with its prefix's capital ("McKenzie", tool_frames.toml [unframed_names]); a name a person's role or pronoun follows
is a person's. A capitalised rare word joined in one list to such a name is read with it, as tool_names reads one
joined to a listed tool ("set up in Facebook, SnapTrail and Vornity").

What it finds is never counted: tools.find_tools reads it in the candidate's voice as a name (not quoted, negated,
someone else's or told to the reader) and what stands goes into the Finding's ``doubtful``, which makes up the
shortfall as a person's decision (rules._in_doubt). It is read only when fewer tools than needed were found, counted
and in doubt, so a reply that passes pays nothing; the scan looks for a lower-case letter before a capital or a dot
before a top-level domain, and reads each name it finds once, in a bounded window around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bot.evaluation.lexicon import toml_table
from bot.evaluation.reading import Reading
from bot.evaluation.spans import SpanSet
from bot.evaluation.tool_names import (
    TLDS,
    a_metrics_name,
    channel_names,
    is_person,
    list_cues,
    listed_beside,
    rare_word,
)

# Where a name written like a product shows: a lower-case letter before a capital ("SnapTrail"), or a dot before a
# top-level domain that ends the word ("Plumquix.com"). Both start with a plain character or class.
_MARK = re.compile(rf"[a-z][A-Z]|\.{TLDS}(?![\w-])")
# The characters of a name around its mark, and how far each way it is read.
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
_REACH_CHARS = 40
_CAMEL = re.compile(r"[a-z][A-Z]")
_DOMAIN = re.compile(rf"[A-Za-z0-9][A-Za-z0-9-]*+\.{TLDS}", re.IGNORECASE)
# Before a name: an account's "@", a tag's "#", a link's "/" or an address's "www.": no product named in prose.
_NOT_PROSE_BEFORE = frozenset("@#/\\＠＃")
_MOST_NAMES_READ = 8
# How many words with a mark are read at most: a reply of thousands of such words ("aB aB ...", a pasted log) costs
# no more than one of a few dozen, and a person's reply names its products well within that.
_MOST_WORDS_TRIED = 48
# The candidate's "I" after a name's first word: "Topix I'm".
_FIRST_PERSON_AFTER = re.compile(r"[ \t]++I(?:['’][a-z]{1,2})?+(?![\w'’])")


@dataclass(frozen=True, slots=True)
class Name:
    """A name written like a product: where it is, and how it was read."""

    start: int
    end: int
    why: str


@cache
def _surname() -> re.Pattern[str]:
    """tool_frames.toml [unframed_names] surname_prefixes, then a capital and lower-case letters: "McKenzie"."""
    prefixes = toml_table("tool_frames.toml")["unframed_names"]["surname_prefixes"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, prefixes))})[A-Z][a-z]++")


def _name_around(text: str, at: int) -> tuple[int, int]:
    """The word of name characters around ``at`` (at most _REACH_CHARS each way), without the marks ending it."""
    start = at
    lo = max(0, at - _REACH_CHARS)
    while start > lo and text[start - 1] in _NAME_CHARS:
        start -= 1
    end = at
    hi = min(len(text), at + _REACH_CHARS)
    while end < hi and text[end] in _NAME_CHARS:
        end += 1
    while start < end and text[start] in ".-":
        start += 1
    while end > start and text[end - 1] in ".-":
        end -= 1
    return start, end


def _written_like_a_product(reading: Reading, start: int, end: int) -> bool:
    """The word at start..end is CamelCase or a domain, and none of the things such a word also names."""
    text = reading.text
    word = text[start:end]
    if start and text[start - 1] in _NOT_PROSE_BEFORE:
        return False
    if word.lower().startswith("www."):
        return False  # a link's address
    domain = _DOMAIN.fullmatch(word) is not None
    if not domain and (_CAMEL.search(word) is None or "." in word):
        return False
    stem = word.split(".")[0] if domain else word
    if stem.lower() in channel_names() or a_metrics_name(stem) or _surname().fullmatch(stem):
        return False
    # Rarer than one in a million words, in English and the reply's language: "eBook", "iPhone", "eBay" are not.
    return rare_word(stem, reading.language)


def unframed_names(reading: Reading, taken: SpanSet) -> Iterator[Name]:
    """The names written like products in the reply (the module's docstring), outside ``taken`` (names, types and
    networks found already, which it adds to), then the rare capitalised words listed with them, each once, in that
    order; at most _MOST_NAMES_READ names written like products are read, among the first _MOST_WORDS_TRIED words
    with a mark."""
    text = reading.text
    found: list[tuple[int, int]] = []
    pos = 0
    for _ in range(_MOST_WORDS_TRIED):
        if len(found) == _MOST_NAMES_READ:
            break
        m = _MARK.search(text, pos)
        if m is None:
            break
        start, end = _name_around(text, m.start() + 1)
        pos = max(end, m.end())
        if start >= end or taken.overlaps(start, end) or reading.is_excluded(start, end):
            continue
        if not _written_like_a_product(reading, start, end) or is_person(reading, end):
            continue
        found.append((start, end))
        yield Name(start, end, "a name written like a product, no frame says it is used")
    if not found:
        return
    # The capitalised rare words joined in one list to them: tool_names reads a list the same way beside a listed
    # tool, with its checks for persons and networks (found once, only for a reply with such a name).
    cues = list_cues(reading)
    for span in found:
        taken.add(*span)
    for tool in listed_beside(reading, found, taken, cues):
        # A list run on into the next sentence with no full stop ("... BackType, and Topix I'm going to begin"): the
        # candidate's "I" opens that sentence, it ends no name.
        pronoun = _FIRST_PERSON_AFTER.search(reading.text, tool.start, tool.end)
        end = pronoun.start() if pronoun is not None else tool.end
        yield Name(tool.start, end, "a name listed with a name written like a product, no frame says it is used")
