"""Cutting a reply into lines, sentences and labelled sections, with offsets into the original text.

Labels matter because candidates write "Tools: ...", "Angry customers: ..." or a heading line
followed by bullets: the label says what the words after it are about.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.domain.quick_init import quick_init

# "Tools:", "- KPIs:", "3. Angry customers:" at the start of a line; at most six words. A table
# row keeps its label in the first cell ("Tip | listen first", as bot/mail/html.py renders rows,
# or "| Tip | listen first |" in Markdown).
# The leading marks are matched possessively (``*+``): a line of 20,000 spaces took 200 s when the
# regex could hand them back one by one to the label group.
_LABEL = re.compile(r"^[ \t>*•\-\d.)|]*+([^\n:?!.|]{1,60}?)[ \t]{0,8}(?::(?!//)|\|)", re.MULTILINE)
# Closing quotes of either shape may follow the full stop ('..." she said', '...” she said').
# "Tools - Hootsuite and Later", "Tip – listen first": a short heading before a spaced dash. Only a
# few words and no pronoun ("I use Hootsuite - it's great" is a sentence, not a heading).
# An arrow does what the dash does: "Tip -> ask them what would solve it", "Tools => Hootsuite", "Metrics → reach".
_DASH_LABEL = re.compile(r"^[ \t>*•\-\d.)|]*+([^\W\d_][^\n:?!.|\-–—=→»⇒]{0,40}?)[ \t]++(?:-{1,2}>|=>|[-–—→»⇒])[ \t]++"
                         r"(?=\S)", re.MULTILINE)
_DASH_LABEL_WORDS = 4
_DASHES = ("-", "–", "—", "→", "»", "⇒", "=>")
_PRONOUNS = frozenset({"i", "we", "you", "it", "they", "he", "she", "this", "that", "my", "our", "yo", "ich", "wir",
                       "je", "nous", "eu", "nós"})
# A full stop ends a sentence, except the last of an abbreviation that runs on ("e.g. reach", "i.e.",
# "u.a.", "z.B.", "p.ex.", "vs."): the list after it belongs to the sentence it is in.
_ABBREVIATIONS = (r"(?<![^\w]e\.g\.)(?<![^\w]i\.e\.)(?<![^\w]u\.a\.)(?<![^\w]z\.B\.)(?<![^\w]d\.h\.)"
                  r"(?<![^\w]vs\.)(?<!p\.ex\.)")
# The mark or the line break is matched first, as one class, so the search skips to them at C speed (a pattern
# that starts with a look-behind is tried at every character); a sentence stops after its mark (_sentences).
# No match ends on a mark, so none starts inside the one before, and a line's search starts after a line break.
# "No." before a number is a number sign, not a sentence's end: "the No. 1 metric for me".
_NUMBER_SIGN = r"(?!(?<=[^\w][Nn]o\.)\s+\d)"
_SENTENCE_END = re.compile(rf"[.!?\n](?:(?<=\n)|{_ABBREVIATIONS}{_NUMBER_SIGN}[\"'”’»)\]]*\s+)")
# Possessive: nothing follows, so the first way to match is the one taken (the same words, without the engine
# keeping a way back at every letter and every apostrophe).
_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)*+")
# The same in an ASCII text, its letters told by a table, not by Unicode category look-ups (tests/evaluation/
# test_ascii_fast_paths.py).
_ASCII_WORD = re.compile(r"[^\W\d_]++(?:'[^\W\d_]++)*+", re.ASCII)


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    # The label heading this sentence's line or section ("Tools"), as a span, or None.
    label: tuple[int, int] | None = None
    # Where the mark ending the label on this sentence's line ends: past the ":" of "Tools:", and past the spaces and
    # the bar of a table row's first cell ("Tip | listen first", as bot/mail/html.py renders rows) or the dash of
    # "Tip - listen first", which stand a space or more after the label's last word.
    past_label_mark: int = 0

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def after_label(self, before: int | None = None, *, past_mark: bool = False) -> int:
        """Where the sentence's own words start: right after the label heading its line ("Tools: Later") when the
        label ends in this sentence, no later than ``before`` (by default the sentence's end), else the sentence's
        start. ``past_mark`` also steps over the mark that ends the label and the spaces before it (the ":" of "Tools:",
        the " |" of "Tip | listen first")."""
        label = self.label
        if label is None or not self.start <= label[1] <= (self.end if before is None else before):
            return self.start
        return self.past_label_mark if past_mark else label[1]


@quick_init
@dataclass(frozen=True, slots=True)
class Layout:
    text: str
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]

    def index_at(self, pos: int) -> int:
        """Index of the sentence that holds ``pos`` (the nearest one before it, between sentences)."""
        # Asked a few hundred times per dense reply: a comparison, not a call of max().
        index = bisect.bisect_right(self.starts, pos) - 1
        return index if index > 0 else 0

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.index_at(pos)]

    def label_text(self, sentence: Sentence) -> str:
        return self.text[sentence.label[0] : sentence.label[1]] if sentence.label else ""


# The words of the last few texts read (words), newest first. Several finders read the words of one reply (its
# language, its answer blocks, the sentences of a list, the whole reply for its length), and a reply that is one
# long sentence or one block is the same text each time: 10 KB of one long line took about 3 million instructions
# a read (a character-class test per character), five reads a judgement. Short texts too: the plain reply's
# sentences were each read twice (by a list's word counts, then for the tip's language or a keyword list), about
# 20 k instructions a read of 50 characters against a few hundred for the look-up. A text of more than
# _REMEMBERED_UP_TO characters is never kept.
_REMEMBERED: list[tuple[str, list[str]]] = []
_REMEMBERED_TEXTS = 4
_REMEMBERED_UP_TO = 100_000


def words(text: str) -> list[str]:
    """The words of ``text`` (a new list each time)."""
    if len(text) > _REMEMBERED_UP_TO:
        return _WORD.findall(text)
    for seen, found in _REMEMBERED:
        if seen == text:
            return found.copy()
    found = (_ASCII_WORD if text.isascii() else _WORD).findall(text)
    _REMEMBERED.insert(0, (text, found))
    del _REMEMBERED[_REMEMBERED_TEXTS:]
    return found.copy()


# The word count of each sentence of the last layout asked for (by identity): the finders of lists (metrics._lists,
# tools._listed_lines) each counted the words of every sentence of a reply, a regex read of each.
_COUNTED: list[tuple[Layout, tuple[int, ...]]] = []


def sentence_word_counts(lay: Layout) -> tuple[int, ...]:
    """``len(words(<the sentence's text>))`` for each sentence of ``lay``, read once per layout."""
    if _COUNTED and _COUNTED[0][0] is lay:
        return _COUNTED[0][1]
    counts = tuple(len(words(lay.text[s.start : s.end])) for s in lay.sentences)
    _COUNTED[:] = [(lay, counts)]
    return counts


def _line_label(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The label heading a line, as its span and where the mark after it ends."""
    # Most lines hold neither a colon, a bar nor a dash: found at C speed, they skip both regexes.
    colon_or_bar = text.find(":", start, end) != -1 or text.find("|", start, end) != -1
    m = _LABEL.match(text, start, end) if colon_or_bar else None
    if m is not None and len(m.group(1).split()) <= 6:
        return m.start(1), m.end(1), m.end()
    if not any(text.find(dash, start, end) != -1 for dash in _DASHES):
        return None
    dash = _DASH_LABEL.match(text, start, end)
    if dash is None:
        return None
    heading = [w.lower() for w in words(dash.group(1))]
    if not heading or len(heading) > _DASH_LABEL_WORDS or _PRONOUNS.intersection(heading):
        return None
    return dash.start(1), dash.end(1), dash.end()


def layout(text: str) -> Layout:
    sentences: list[Sentence] = []
    paragraph = 0
    carried: tuple[int, int, int] | None = None
    pos = 0
    for raw_line in text.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(raw_line.rstrip("\r\n"))
        pos += len(raw_line)
        if not text[line_start:line_end].strip():
            paragraph += 1
            carried = None
            continue
        label = _line_label(text, line_start, line_end)
        if label is not None and not text[label[1] : line_end].strip(" \t:|"):
            # A heading line ("Tip for angry customers:") labels the lines under it.
            carried = label
        sentences.extend(_sentences(text, line_start, line_end, paragraph, label or carried))
    if not sentences:
        sentences.append(Sentence(0, len(text), 0))
    return Layout(text, tuple(sentences), tuple(s.start for s in sentences))


def _sentences(text: str, start: int, end: int, paragraph: int,
               label_and_mark: tuple[int, int, int] | None) -> list[Sentence]:
    out = []
    label, past_mark = ((label_and_mark[0], label_and_mark[1]), label_and_mark[2]) if label_and_mark else (None, 0)
    cursor = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.start() if text[m.start()] == "\n" else m.start() + 1  # after the mark
        if text[cursor:stop].strip():
            out.append(Sentence(cursor, stop, paragraph, label, past_mark))
        cursor = m.end()
    if text[cursor:end].strip():
        out.append(Sentence(cursor, end, paragraph, label, past_mark))
    return out
