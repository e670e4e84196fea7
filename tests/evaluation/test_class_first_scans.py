"""Issue 10 (seconds per MB): whole-reply scans that started with a look-behind or "^" start with a class of
the characters they follow, matched, so the regex engine skips to those characters at C speed instead of
trying the pattern at every character. Each is compared, on random texts of the characters and words its
pattern reads, with the pattern it replaces, as its callers read the matches."""

from __future__ import annotations

import random
import re

import pytest

from bot.evaluation import bounded, tool_names
from bot.evaluation import text as text_module

_PIECE_END_BEFORE = re.compile(r"(?<=[.!?])[\"'”’»)\]]*+\s++|\n\s*+")
_SENTENCE_END_BEFORE = re.compile(rf"(?<=[.!?]){text_module._ABBREVIATIONS}[\"'”’»)\]]*\s+|\n")
_LISTED_HEAD_BEFORE = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*+(?:[-*•·]|\d{1,2}[.)])?+[ \t]*+"
    r"(?P<name>[A-Z0-9][\w.+&'’]*+(?:[ \t][A-Z0-9][\w.+&'’]*+){0,2}?)[ \t]*+(?:[–—-]|:)[ \t]++(?=[^\W\d_])",
    re.MULTILINE,
)

# Marks, closing quotes and brackets, every kind of space and line break (splitlines' too), abbreviations,
# bullets, numbers, dashes and colons, capitalised and lower-case words.
_PIECES = [".", "!", "?", "...", '"', "'", "”", "’", "»", ")", "]", " ", " ", "  ", "\t", "\n", "\n\n", " \n ", "\r\n",
           "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\xa0", "e.g.", "i.e.", "z.B.", "vs.", "p.ex.",
           "u.a.", "d.h.", "xe.g.", "-", "–", "—", "*", "•", "·", "1.", "12)", "3", ":", "://", "Buffer", "Tweet Deck",
           "TweetReach", "A", "GA4", "Canva.io", "R&D", "O'Neil", "the", "gives", "an", "overview", "é", "_", "Ünal"]


def _texts(seed: str, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_piece_ends_matched_from_their_mark_are_the_look_behind_ones() -> None:
    """bounded._PIECE_END matches a sentence's mark (or a line break) first: on random texts, where each piece
    stops (_piece_end_start) and where the next starts are those the look-behind pattern found, and cut_sentences
    cuts where a cut at the same pieces found with it does. Fails if a piece stops at the mark, not after it, or
    if the pattern loses a branch."""
    assert bounded._PIECE_END.pattern.startswith("[.!?\\n]")
    found = 0
    for text in _texts("piece-end", 4000):
        before = [m.span() for m in _PIECE_END_BEFORE.finditer(text)]
        assert [(bounded._piece_end_start(text, m), m.end()) for m in bounded._PIECE_END.finditer(text)] == before
        found += len(before)
        for limit in (1, 2, 3, 7):
            expected = text
            if len(before) >= limit:
                start, end = before[limit - 1]
                expected = text[:start] if end < len(text) else text
            assert bounded.cut_sentences(text, limit) == expected, (text, limit)
    assert found > 5_000, found


def _sentences_before(text: str, start: int, end: int, paragraph: int,
                      label_and_mark: tuple[int, int, int] | None) -> list[text_module.Sentence]:
    """text._sentences as it was, with the look-behind pattern."""
    label, past_mark = ((label_and_mark[0], label_and_mark[1]), label_and_mark[2]) if label_and_mark else (None, 0)
    out = []
    cursor = start
    for m in _SENTENCE_END_BEFORE.finditer(text, start, end):
        if text[cursor : m.start()].strip():
            out.append(text_module.Sentence(cursor, m.start(), paragraph, label, past_mark))
        cursor = m.end()
    if text[cursor:end].strip():
        out.append(text_module.Sentence(cursor, end, paragraph, label, past_mark))
    return out


def test_sentence_ends_matched_from_their_mark_give_the_same_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """text._SENTENCE_END matches a sentence's mark (or a line break) first: the layout of random texts (lines
    split at every line break splitlines knows, abbreviations, quotes after marks) is the one the look-behind
    pattern gave, and so are the sentences of every line read from its start. Fails if a sentence stops at its
    mark, not after it, or if the abbreviations are tested before the mark."""
    assert text_module._SENTENCE_END.pattern.startswith("[.!?\\n]")
    sentences = 0
    for text in _texts("sentence-end", 3000):
        new = text_module.layout(text)
        with monkeypatch.context() as patched:
            patched.setattr(text_module, "_sentences", _sentences_before)
            old = text_module.layout(text)
        assert new == old, text
        sentences += len(new.sentences)
        pos = 0
        for line in text.splitlines(keepends=True):
            end = pos + len(line.rstrip("\r\n"))
            assert text_module._sentences(text, pos, end, 0, None) == _sentences_before(text, pos, end, 0, None)
            pos += len(line)
    assert sentences > 10_000, sentences


def test_list_heads_matched_from_what_they_follow_are_the_look_behind_ones() -> None:
    """tool_names._list_heads (the head at the text's start, then heads matched from the line break or the
    sentence's mark and space before them) finds the names and ends _LISTED_HEAD found with "^" and its
    look-behind, on random texts of list items, sentences and every kind of line break and space. Fails if the
    head at the start is left out, if a head after a line break needs a space or a tab after it too, or if the
    search after the first head starts before its end."""
    assert tool_names._LISTED_HEAD.pattern.startswith("[\\n.!?]")
    rng = random.Random("listed-head")
    items = ["- Buffer: schedules posts", "1. Tweet Deck – organises streams", "TweetReach: Esta herramienta revela",
             "Canva.io - designs", "GA4:shows", "R&D Big Tool Here: does", " * A: b", "12) O'Neil – our designer",
             "Ünal: x", "Buffer. Canva: designs", "I use it. Later – plans", "e.g. Buffer: x", "Hi.\tBuffer: x"]
    found = 0
    for text in _texts("listed-head", 3000):
        pieces = [text, *items, "\n", " ", ". ", "! ", "?\t", "\r\n"]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        before = [(m.span("name"), m.end()) for m in _LISTED_HEAD_BEFORE.finditer(text)]
        assert [(m.span("name"), m.end()) for m in tool_names._list_heads(text)] == before, text
        found += len(before)
    assert found > 2_000, found
