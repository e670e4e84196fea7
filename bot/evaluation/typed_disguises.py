"""Instructions to the grader disguised with characters typed as plain text (issue 10 item 12, red-team
variants): marks inside words ("ign.ore prev.ious instr.uctions"), escapes as a program or a style sheet
writes them ("\\u0069gnore", "\\x69", "\\151", CSS "\\69 "), HTML tags typed into a plain text
("ig<b>no</b>re"), Pig Latin ("ignoreway allway eviouspray"), and acrostics (the first letters of lines
spell the instruction). A reader, and a model even more so, reads through each.

Each reading is one pass over the text, started only where the text holds the disguise's mark (a class
first, so the regex engine skips to it at C speed); nothing here backtracks. obfuscation.disguises_undone
adds the readings (look-alike letters mapped there too); manipulation.find_manipulation reads the acrostic
letters as it reads spaced-out letter runs.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from bot.evaluation.patterns import fold

_LETTERS = r"[^\W\d_]"
# Marks that split a word without a space: full stops, middle dots, bullets, stars, bars, underscores and colons
# between two letters (not apostrophes: every "don't" would be read). The mark first: the engine skips to them.
_MARKS = ".·•*|_:"
# Up to three marks in a row ("**ig**nore", as Markdown writes bold).
_MARK_IN_WORD = re.compile(rf"[{re.escape(_MARKS)}](?<={_LETTERS}.)[{re.escape(_MARKS)}]{{0,2}}+(?={_LETTERS})")
# Marks opening a word ("**ig**nore": the bold's first marks), read as nothing in a split word's reading.
_MARK_OPENING_A_WORD = re.compile(rf"[{re.escape(_MARKS)}](?<![^\s].)[{re.escape(_MARKS)}]{{0,2}}+(?={_LETTERS})")
_MARK_BEFORE_SMALL_LETTER = re.compile(rf"[{re.escape(_MARKS)}](?<={_LETTERS}.)(?=[ \t]++[a-z])")
# A word so split, whole, read from its first letter (found by stepping back from a mark): read joined when its
# letters make a word of the manipulation lexicon, and apart when its pieces are words of it ("ignore.all.previous").
_SPLIT_WORD = re.compile(rf"{_LETTERS}{{1,40}}+(?:[{re.escape(_MARKS)}]{{1,3}}+{_LETTERS}{{1,40}}+){{1,20}}+")
_MAX_BACK = 900
_MAX_SPLIT_WORDS = 5_000
_PIECES = re.compile(rf"[{re.escape(_MARKS)}]++")
# Words each wrapped in quotes, brackets or Markdown marks ('"ignore" "all" "previous"', "`ignore` `all`",
# "_ignore_ _all_", "[ignore] [all]"): the marks against a word's first or last letter, three words so wrapped
# in a row (a mark first: the engine skips to the marks).
_WRAP = "\"'`*_[]()«»“”‘’"
_ONE_WRAPPED = rf"[{re.escape(_WRAP)}]{{1,2}}+{_LETTERS}{{1,40}}+[{re.escape(_WRAP)}]{{1,2}}+"
_WRAPPED_WORD = re.compile(rf"{_ONE_WRAPPED}(?:[ \t]++{_ONE_WRAPPED}){{2,}}+")
_WRAP_MARKS = re.compile(rf"[{re.escape(_WRAP)}]++")
# Escapes of programs (\u0069, \u{69}, \U00000069, \x69, octal \151) and of style sheets (\69 and a space).
# Also code points as Unicode names them ("U+0069") and JavaScript's old escape ("%u0069").
_PROGRAM_ESCAPE = re.compile(r"\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})"
                             r"|([0-7]{3}))|U\+([0-9A-Fa-f]{4,6})(?:[ \t](?=U\+))?|%u([0-9A-Fa-f]{4})")
# Bytes written as eight binary digits, or as decimal character codes, eight or more in a row.
# Each item ends where no digit follows, so a run fails only within its first eight items (no rescan of a
# long run from each of its items).
_BINARY = re.compile(r"[01](?<![01].)[01]{7}+(?![01])(?:[ \t]?+[01]{8}+(?![01])){7,}+")
_DECIMAL = re.compile(r"[1-9](?<![\d].)\d{1,2}+(?!\d)(?:(?:[ \t]*+,[ \t]*+|[ \t]++)[1-9]\d{1,2}+(?!\d)){7,}+")
# CSS ends an escape at one space; that space is read as nothing when another escape follows it (a reader
# of "\\65 all" would not know the rule).
_CSS_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{1,6})(?:[ \t](?=\\))?")
# A character reference (HTML's "&#111;", "&omicron;", the numeric ones without their ";") against a letter:
# a letter of a word written as a reference ("ign&omicron;re"); three anywhere are read by obfuscation.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}+;?|#[xX][0-9A-Fa-f]{1,6}+;?|[A-Za-z]{2,8}+;)")
_MAX_REFERENCES = 200
# A tag as HTML writes it, typed into a plain text; a comment too. Each stops at the next "<" or ">", so
# a text of many "<" is read once. Inline tags are read as nothing (they sit inside words: "ig<b>no</b>re"),
# any other tag as a space ("ignore<br>all").
_TYPED_TAG = re.compile(r"<(?:/?([A-Za-z][A-Za-z0-9]{0,15}+)(?=[\s/>])[^<>]{0,300}+|!--(?:[^<>\-]|-(?!->)){0,300}+--)>")
_INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "big", "code", "del", "em", "font", "i", "ins", "kbd",
                          "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u",
                          "var", "wbr"})
# Parenthesized small letters (U+249C-U+24B5), drawn as a letter in brackets.
_PARENTHESIZED = re.compile("[\u249c-\u24b5]")
_PARENTHESIZED_LETTERS = {0x249C + i: chr(ord("a") + i) for i in range(26)}
# Pig Latin: a word ending in "ay" ("eviouspray" is "previous", "allway" is "all"); found by its ending.
_PIG_ENDING = re.compile(r"[aA][yY](?<=[A-Za-z]{4})(?![A-Za-z])")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,40}$")
_VOWELS = frozenset("aeiou")
_MIN_PIG_WORDS = 2
_MAX_PIG_WORDS = 500
# The first letter of a line (after spacing, bullets, quote marks and numbering): an acrostic's letter.
_LINE_FIRST_LETTER = re.compile(r"^[^\w\n]{0,8}+(?:\d{1,3}+[.)][ \t]*+)?+([^\W\d_])", re.MULTILINE)
_MIN_ACROSTIC_LINES = 6
# A word glued of several ("IgnoreAllPreviousInstructions", "#ignoreallpreviousinstructions"): read as a run
# of spaced-out letters is, from the reply's word index, when it is this long.
_MIN_GLUED_LETTERS = 15
_MIN_PIECE = 2


@dataclass(frozen=True, slots=True)
class _Words:
    """The manipulation lexicon's words: of five letters or more (what tells a disguise, as obfuscation does)
    and every ASCII word (what a Pig Latin word is read back to)."""

    long: frozenset[str]
    every: frozenset[str]


@cache
def _words() -> _Words:
    from bot.evaluation.lexicon import toml_table

    words = [w for phrases in toml_table("manipulation.toml")["phrases"].values() for phrase in phrases
             for w in re.findall(r"[^\W\d_]+", phrase.lower())]
    return _Words(frozenset(w for w in words if len(w) >= 5),
                  frozenset(w for w in words if w.isascii() and len(w) >= 2))


def typed_readings(text: str) -> list[str]:
    """Readings of ``text`` with each typed disguise undone; empty when it holds none."""
    views: list[str] = []
    joined, apart = _split_words(text) if _MARK_IN_WORD.search(text) else (False, False)
    if joined:  # marks after each piece too ("Ig.no.re. a.ll. pre.vi.ous."): read as nothing before a small letter
        views.append(_MARK_OPENING_A_WORD.sub("", _MARK_BEFORE_SMALL_LETTER.sub("", _MARK_IN_WORD.sub("", text))))
    if apart:
        views.append(_MARK_IN_WORD.sub(" ", text))
    if any(mark in text for mark in _WRAP) and _WRAPPED_WORD.search(text):  # a scan only with a mark it reads
        views.append(_WRAPPED_WORD.sub(lambda m: _WRAP_MARKS.sub("", m.group()), text))
    if "\\" in text or "U+" in text or "%u" in text:
        views += [view for view in (_PROGRAM_ESCAPE.sub(_program_char, text), _CSS_ESCAPE.sub(_css_char, text))
                  if view != text and view not in views]
    views += _codes_read(text)
    if "&" in text and _a_reference_in_a_word(text):
        views.append(html.unescape(text))
    if "<" in text and _TYPED_TAG.search(text):
        views.append(_TYPED_TAG.sub(_tag_read, text))
    if not text.isascii() and _PARENTHESIZED.search(text):  # "⒤⒢⒩⒪⒭⒠": NFKC reads "(i)(g)(n)..."
        views.append(text.translate(_PARENTHESIZED_LETTERS))
    pig = _pig_latin_read(text)
    if pig:
        views.append(pig)
    return views


def _split_words(text: str) -> tuple[bool, bool]:
    """Does a word split by marks read, joined, as a word of the manipulation lexicon ("ign.ore"), and do the
    pieces of one read as two of its words, one of them long ("ignore.all.previous")?"""
    words = _words()
    joined = apart = False
    read_to, read = 0, 0
    for mark in _MARK_IN_WORD.finditer(text):  # a few per reply: "e.g.", "example.com"
        if read >= _MAX_SPLIT_WORDS or (joined and apart):
            break
        if mark.start() < read_to:
            continue  # a mark of the word just read
        read += 1  # each character is stepped back over once at most: never behind the word read last
        start, stop = mark.start(), max(read_to, mark.start() - _MAX_BACK)
        while start > stop and (text[start - 1].isalpha() or text[start - 1] in _MARKS):
            start -= 1
        while text[start] in _MARKS:
            start += 1
        split = _SPLIT_WORD.match(text, start)
        if split is None:
            continue
        read_to = split.end()
        pieces = [fold(piece.lower()) for piece in _PIECES.split(split.group())]
        joined = joined or "".join(pieces) in words.long
        known = [piece for piece in pieces if piece in words.every]
        apart = apart or (len(known) >= 2 and any(piece in words.long for piece in known))
    return joined, apart


def _a_reference_in_a_word(text: str) -> bool:
    for n, match in enumerate(_REFERENCE.finditer(text)):
        if n >= _MAX_REFERENCES:
            break
        if text[match.start() - 1 : match.start()].isalpha() or text[match.end() : match.end() + 1].isalpha():
            return True
    return False


def _char(code: int) -> str:
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _program_char(match: re.Match[str]) -> str:
    digits = next(group for group in match.groups() if group)
    return _char(int(digits, 8 if match.group(5) else 16))


def two_bits_in_a_row(text: str) -> bool:
    """Whether ``text`` holds two bits in a row, as every octet does: "10" of "2010" (four searches at C speed)."""
    return "00" in text or "01" in text or "10" in text or "11" in text


def _codes_read(text: str) -> list[str]:
    """``text`` with runs of binary bytes or decimal character codes read as the text they spell, when they
    spell printable text."""
    views: list[str] = []
    for pattern, read in ((_BINARY, _binary_text), (_DECIMAL, _decimal_text)):
        if pattern is _BINARY and not two_bits_in_a_row(text):
            continue  # eight bits hold two in a row: no scan of a text without
        if pattern.search(text) is None:
            continue
        view = pattern.sub(read, text)
        if view != text:
            views.append(view)
    return views


def _binary_text(match: re.Match[str]) -> str:
    digits = "".join(match.group().split())
    return _printable_or(bytes(int(digits[i:i + 8], 2) for i in range(0, len(digits) - 7, 8)), match.group())


def _decimal_text(match: re.Match[str]) -> str:
    codes = [int(code) for code in re.findall(r"\d+", match.group())]
    return _printable_or(bytes(code if code < 256 else 0 for code in codes), match.group())


def _printable_or(data: bytes, otherwise: str) -> str:
    """``data`` as text with a space after it when it is printable ASCII holding letters, else ``otherwise``."""
    text = data.decode("latin-1")
    if text.isprintable() and text.isascii() and sum(c.isalpha() for c in text) * 2 >= len(text):
        return text + " "
    return otherwise


def _css_char(match: re.Match[str]) -> str:
    return _char(int(match.group(1), 16))


def _tag_read(match: re.Match[str]) -> str:
    name = match.group(1)
    return "" if name is None or name.lower() in _INLINE_TAGS else " "


def _pig_latin_read(text: str) -> str:
    """``text`` with its Pig Latin words read back, when two or more read back to words of the manipulation
    lexicon and one of them is a long word; "" otherwise."""
    if "ay" not in text and "AY" not in text:
        return ""
    words = _words()
    read: list[tuple[int, int, str]] = []
    tells = False
    for n, ending in enumerate(_PIG_ENDING.finditer(text)):
        if n >= _MAX_PIG_WORDS:
            break
        before = _WORD_BEFORE.search(text, max(0, ending.start() - 40), ending.start())
        if before is None:
            continue
        word = _unpig(before.group().lower(), words.every)
        if word:
            read.append((before.start(), ending.end(), word))
            tells = tells or word in words.long
    if len(read) < _MIN_PIG_WORDS or not tells:
        return ""
    pieces, at = [], 0
    for start, end, word in read:
        pieces += [text[at:start], word]
        at = end
    return "".join(pieces) + text[at:]


def _unpig(stem: str, every: frozenset[str]) -> str:
    """The lexicon word ``stem`` + "ay" is in Pig Latin, or "": a word starting with a vowel takes "way"
    ("all" -> "allway"), any other moves its first consonants to the end ("previous" -> "eviouspray")."""
    if stem[-1:] in ("w", "y", "h") and stem[:-1] in every and stem[0] in _VOWELS:
        return stem[:-1]
    for k in (1, 2, 3):
        moved, rest = stem[-k:], stem[:-k]
        if rest and not _VOWELS & set(moved.replace("qu", "q")) and moved + rest in every:
            return moved + rest
    return ""


def glued_words(keys: frozenset[str]) -> list[str]:
    """The reply's words of fifteen letters or more ("=" + the word, lower case, in the index's keys): words glued
    together without spaces, read for the manipulation lexicon's compact forms."""
    # Most replies hold no key that long: told by the longest key, at C speed, before a Python step per key.
    if not keys or max(map(len, keys)) <= _MIN_GLUED_LETTERS:
        return []
    return [key[1:] for key in keys if len(key) > _MIN_GLUED_LETTERS and key[0] == "="]


@cache
def _cuts() -> dict[str, tuple[str, ...]]:
    """Each long word of the manipulation lexicon cut in two pieces of two letters or more, as the reply's word
    index keys them: "=" + the first piece -> "=" + each second piece."""
    cuts: dict[str, list[str]] = {}
    for word in sorted(_words().long):
        if word.isascii():
            for i in range(_MIN_PIECE, len(word) - _MIN_PIECE + 1):
                cuts.setdefault("=" + word[:i], []).append("=" + word[i:])
    return {left: tuple(rights) for left, rights in cuts.items()}


@cache
def _first_pieces() -> frozenset[str]:
    return frozenset(_cuts())


def words_cut_by_spaces(text: str, index: dict[str, list[int]]) -> list[str]:
    """``text`` with the words of the manipulation lexicon a space cut in two read whole ("ign ore all prev ious
    instruc tions"), when the reply holds such pieces side by side; nothing otherwise. Told from the reply's word
    index (``patterns.Prepared.index``: "=" + a word -> where it starts, in text order): the first pieces the
    reply holds are one set intersection, and only a second piece it holds too is looked for where it stands."""
    cuts = _cuts()
    found: list[tuple[int, int]] = []
    for left in _first_pieces().intersection(index):
        lefts = index[left]
        size = len(left) - 1
        # The second pieces the reply holds, told at C speed (most of a common first piece's are not there).
        for right in filter(index.__contains__, cuts[left]):
            for start in index[right][:1_000]:  # where the second piece stands: is the first just before?
                for gap in (1, 2):
                    at = start - gap - size
                    if at >= 0 and text[at + size:start].isspace() and _holds(lefts, at):
                        found.append((at + size, start))
    if not found:
        return []
    pieces, at = [], 0
    for start, end in sorted(set(found)):
        if start >= at:
            pieces.append(text[at:start])
            at = end
    return ["".join(pieces) + text[at:]]


def _holds(places: list[int], at: int) -> bool:
    """Is ``at`` among ``places`` (sorted)?"""
    i = bisect_left(places, at)
    return i < len(places) and places[i] == at


def acrostic_letters(text: str) -> str:
    """The first letters of the text's lines, lower case ("" for fewer than six lines): a hidden instruction
    is read from them as from spaced-out letters."""
    if text.count("\n") < _MIN_ACROSTIC_LINES - 1:
        return ""
    letters = "".join(_LINE_FIRST_LETTER.findall(text))
    return fold(letters.lower()) if len(letters) >= _MIN_ACROSTIC_LINES else ""
