"""Issue 10 (no message judged at more than 1 s per MB): three checks of a reply's new text asked of every line
are told for the whole text at once, at C speed, and must answer as the line-by-line forms they replace do,
compared here on random lines of the characters and phrases they read.

- whether a run of more than MAX_BLANK_LINES blank-looking lines pushes text out of sight (newtext._out_of_sight:
  an ASCII text with no such run is answered by one search);
- where a "P.S." paragraph starts (newtext._set_aside_postscript: the line break before it found, not a "^" tried
  at every character);
- whether a text may hold a helpdesk's "reply above this line" marker (quotes.reply_above_lines: the markers' last
  two words searched for first, only those an ASCII text can hold).

And a check asked around each name of a reply (to_the_reader.examples_of_the_trade: may the 120 characters before
it hold "like", "such as"?) reads where those words stand in the whole reply, found once (patterns.WordPlaces)."""

from __future__ import annotations

import random
import re

from bot.mail import newtext, patterns, quotes
from bot.mail.newtext import BLANK_LOOKING, MAX_BLANK_LINES
from bot.mail.patterns import lines_matching


def _out_of_sight_line_by_line(lines: list[str]) -> str:
    run = 0
    seen_text = False
    for line in lines:
        if not line or not line.strip(BLANK_LOOKING):
            run += 1
            continue
        if seen_text and run > MAX_BLANK_LINES:
            return f"{run} blank lines push the text below them out of sight"
        seen_text, run = True, 0
    return ""


_ASCII_BLANKS = ["", " ", "\t", "\x0b", "\x0c", "\x1c", "\x1f", "\r"]
_BLANKS = [*_ASCII_BLANKS, "\u200b", "\u3000", "\u2800", "\U000e0020", "\u2028", "\x85"]


def _blank_runs(rng: random.Random, blanks: list[str]) -> list[str]:
    lines: list[str] = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.6:
            lines += ["".join(rng.choices(blanks, k=rng.randint(0, 3)))
                      for _ in range(rng.choice([0, 1, MAX_BLANK_LINES - 1, MAX_BLANK_LINES, MAX_BLANK_LINES + 1,
                                                 MAX_BLANK_LINES + 2]))]
        else:
            lines.append(rng.choice(["I use Buffer.", "x", " a ", "Thanks\u200b", "\u00a0ok", "line\nbreak", "\n"]))
    return lines


def test_text_out_of_sight_is_found_as_line_by_line() -> None:
    rng = random.Random("out of sight")
    pushed = 0
    ascii_pushed = 0
    for _ in range(10_000):
        lines = _blank_runs(rng, rng.choice([_ASCII_BLANKS, _BLANKS]))
        said = newtext._out_of_sight(lines)
        assert said == _out_of_sight_line_by_line(lines), lines
        pushed += bool(said)
        ascii_pushed += bool(said) and "\n".join(lines).isascii()
    assert ascii_pushed > 100 and pushed - ascii_pushed > 100


_POSTSCRIPT_AS_BEFORE = re.compile(r"^[^\S\n]*+p\.?[^\S\n]?s\.?(?:[^\S\n]*+[:\-–])?[^\S\n]++\S",
                                   re.IGNORECASE | re.MULTILINE)


def _postscript_as_before(lines: list[str]) -> tuple[list[str], list[str]]:
    text = "\n".join(lines)
    found = _POSTSCRIPT_AS_BEFORE.search(text, len(lines[0]) if lines else 0)
    if found is None:
        return lines, []
    i = text.count("\n", 0, found.start())
    end = next((j for j in range(i + 1, len(lines)) if not lines[j].strip()), len(lines))
    return lines[:i] + lines[end:], ["", *lines[i:end]]


_PS_PIECES = ["P.S.", "p.s", "PS", "ps:", "P.S -", "pſ", " ", "\t", "\n", "", "I use Canva", "x", "–", ":", "."]


def test_a_postscript_is_set_aside_from_the_same_line_as_before() -> None:
    rng = random.Random("postscript")
    found = 0
    for _ in range(20_000):
        lines = ["".join(rng.choices(_PS_PIECES, k=rng.randint(0, 4))) for _ in range(rng.randint(0, 5))]
        got = newtext._set_aside_postscript(lines)
        assert got == _postscript_as_before(lines), lines
        found += bool(got[1])
    assert found > 2000


def test_every_reply_above_phrase_holds_one_of_the_words_searched_first() -> None:
    p = quotes._patterns()
    assert len(p.reply_above_cues) < len(p.reply_above_phrases)
    for phrase in p.reply_above_phrases:
        assert any(cue in phrase for cue in p.reply_above_cues), phrase
        if phrase.isascii():
            assert any(cue in phrase for cue in p.reply_above_ascii_cues), phrase


def test_reply_above_markers_are_found_as_before() -> None:
    p = quotes._patterns()
    rng = random.Random("reply above")
    words = ["reply", "above", "this", "line", "the", "text", "Thanks", "##-", "-##", "--", "über", "dieser",
             "zeile", "这", "行", "I use Buffer."] + [w for phrase in p.reply_above_phrases for w in phrase.split()]
    found = 0
    for _ in range(3000):
        lines = [" ".join(rng.choices(words, k=rng.randint(0, 6))) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.3:
            lines.insert(rng.randint(0, len(lines)), rng.choice(p.reply_above_phrases).upper())
        low = "\n".join(lines).lower()
        before = (set() if "##-" not in low and not any(phrase in low for phrase in p.reply_above_phrases)
                  else {i for i in lines_matching(lines, p.reply_above_by_line)
                        if quotes.is_reply_above_marker(lines[i])})
        got = quotes.reply_above_lines(lines)
        assert got == before, lines
        found += bool(got)
    assert found > 300


def test_words_placed_once_answer_for_every_stretch_as_its_own_fold_does() -> None:
    rng = random.Random("word places")
    words = ("like", "such", "including", "e.g.")
    pieces = ["like", "LIKE", "Li", "ke", "ſuch", "such", "Including", "e.g.", "E.G.", "e.", "g.", " ", "x", "İ",
              "K", "\u0345", "é", "tools", ","]
    held = 0
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 12)))
        places = patterns.WordPlaces(text, words)
        for _ in range(8):
            lo, hi = rng.randint(0, len(text) + 1), rng.randint(0, len(text) + 1)
            said = places.may_hold(lo, hi)
            assert said == patterns.may_hold(text[lo:hi], words), (text, lo, hi)
            held += said
    assert held > 3000
