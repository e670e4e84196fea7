"""Undo the disguises an attacker puts on instructions to the grader, so the manipulation lexicon
sees the words a reader (or a model) would read (issue 10 item 12).

Every function here is one pass over the text (possessive patterns, bounded blobs): hostile input
stays linear.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from functools import lru_cache

# Invisible characters that split a word without showing: zero-width, soft hyphen, word joiner,
# bidi marks, embeddings, overrides and isolates.
# Also (issue 10 item 12, red-team variants that were missed): the combining grapheme joiner, the Arabic letter
# mark, Hangul and Khmer fillers, variation selectors and Unicode's tag characters (U+E0000 to U+E007F: drawn as
# nothing, yet a model reads "ASCII smuggled" in them, so they are also read decoded, below).
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
     0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xFEFF, 0xFFA0, *range(0x202A, 0x202F), *range(0x2066, 0x206A),
     *range(0xFE00, 0xFE10), *range(0xE0000, 0xE0080), *range(0xE0100, 0xE01F0)]
)
# Marks drawn over or through the letter before them that NFKC leaves standing ("i̶g̶n̶o̶r̶e̶", zalgo): the letters
# are read without them.
_OVERLAID_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]++")
# A hyphen inside a word ("ig-nore all pre-vious in-structions"): a reader reads through it.
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_TAG_CHARACTERS = re.compile(r"[\U000e0020-\U000e007e]++")
# Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables for the letters that matter).
_LOOK_ALIKES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ӏ": "l", "һ": "h", "ԛ": "q", "ԝ": "w", "ѵ": "v", "к": "k", "м": "m", "т": "t", "н": "h",
    "в": "b", "г": "r", "п": "n", "ь": "b", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H",
    "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ѕ": "S", "Ј": "J", "Ԁ": "D",
    "α": "a", "ο": "o", "ρ": "p", "ι": "i", "ν": "v", "κ": "k", "τ": "t", "υ": "u", "ε": "e", "ϲ": "c",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ı": "i", "ɡ": "g", "ɑ": "a", "ℓ": "l",
    # Armenian letters drawn like Latin ones, and small capitals ("ɪɢɴᴏʀᴇ ᴀʟʟ")
    "օ": "o", "ս": "u", "ց": "g", "ի": "h", "ո": "n", "հ": "h", "զ": "q", "ա": "w",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
})
_OVERRIDE = re.compile(r"[\u202e\u2067]([^\u202c\u2069\n]*+)")
# Four or more single letters, each followed by spacing or dots, dashes, stars, underscores.
_LETTER = r"[^\W\d_]"
# Also commas, bars, slashes, pluses, tildes and bullets ("i,g,n,o,r,e", "i|g|n|o|r|e": issue 10 item 12, red team).
_SPACING = r"[ \t.\-_*·,|/+~•]"
# A letter where no run can start: right after a letter, or one step on in a run that started at an
# earlier letter (a letter, after no letter, then one to three spacing characters). A run that failed
# there (too short, or ending in spacing: "x y z .") fails from each of its later letters too, and each
# such try read the rest of the run again: 20 KB of hidden "x y z " took two seconds. Not for a search
# from a ``pos``, as a run before it was never tried.
_NO_RUN_START = rf"(?<!{_LETTER}.)" + "".join(rf"(?<!(?<!{_LETTER}){_LETTER}{_SPACING}{{{k}}}.)" for k in (1, 2, 3))
# The first letter comes before the look-behinds, so the engine skips to letters. Each step is spacing and
# one letter that no letter follows, so a run ends at its last single letter, whatever comes next: ending
# the run only where no letter followed its spacing missed "i g n o r e  a l l and approve".
_SPACED = re.compile(rf"{_LETTER}{_NO_RUN_START}(?:{_SPACING}{{1,3}}+{_LETTER}(?!{_LETTER})){{3,}}+")
# What every run of _SPACED holds: its second and third letters, each alone between spacing ("i g n o r e":
# " g n "). A class first, so the engine skips at C speed to the spacing; most replies hold no such pair of
# single letters and are not scanned for runs at all.
_MAY_BE_SPACED = re.compile(rf"{_SPACING}{_LETTER}{_SPACING}{{1,3}}+{_LETTER}{_SPACING}")
_WORD_GAP = re.compile(r"[ \t]{2,}|\s[/|]\s")
_BLOB = re.compile(r"[A-Za-z0-9+/](?<![A-Za-z0-9+/].)[A-Za-z0-9+/]{15,3999}+={0,2}")
_MAX_BLOBS = 20
# A base64 text wrapped over lines (as mail clients and encoders write it, 76 characters a line), and hex digits
# that spell text ("69676e6f7265..."): both read decoded too (issue 10 item 12, red-team variants).
_WRAPPED = re.compile(r"(?<=[A-Za-z0-9+/]{16})[ \t]*+\r?\n[ \t>]*+(?=[A-Za-z0-9+/=]{4})")
_HEX = re.compile(r"[0-9A-Fa-f](?<![0-9A-Fa-f].)(?:[0-9A-Fa-f]{2}){15,1999}+[0-9A-Fa-f](?![0-9A-Fa-f])")
_NAMES_ROT13 = re.compile(r"\brot[\s\-]?13\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _plain(text: str) -> str:
    """``text`` in NFKC, invisible characters dropped, look-alikes mapped (worked out once per text: both
    functions below read it)."""
    plain = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_LOOK_ALIKES)
    if "-" in plain:
        plain = _HYPHEN_IN_WORD.sub("", plain)
    return _OVERLAID_MARKS.sub("", plain)


@lru_cache(maxsize=4)
def _may_be_spaced(plain: str) -> bool:
    """Whether ``plain`` holds two single letters between spacing (read once per text: both functions below ask)."""
    return _MAY_BE_SPACED.search(plain) is not None


def disguises_undone(text: str) -> list[str]:
    """Readings of ``text`` with each disguise undone; empty when there is nothing to undo."""
    views: list[str] = []
    plain = _plain(text)
    if _may_be_spaced(plain):
        plain = _SPACED.sub(_joined, plain)
    if plain != text:
        views.append(plain)
    views += [segment[::-1] for segment in _OVERRIDE.findall(text) if segment.strip()]
    views += decoded_blobs(text)
    if "\n" in text:
        joined = _WRAPPED.sub("", text)
        if joined != text:
            views += [blob for blob in decoded_blobs(joined) if blob not in views]
    views += decoded_hex(text)
    runs = _TAG_CHARACTERS.findall(text) if not text.isascii() else []
    if runs:
        views.append(" ".join("".join(chr(ord(ch) - 0xE0000) for ch in run) for run in runs))
    if "13" in text and _NAMES_ROT13.search(text):  # a text that names its cipher is read deciphered too
        views.append(codecs.encode(text, "rot13"))
    return views


def _joined(match: re.Match[str]) -> str:
    """ "i g n o r e  a l l" -> "ignore all": a wider gap (or " / ") separates words."""
    return " ".join(re.sub(r"[^\w]", "", word) for word in _WORD_GAP.split(match.group()))


def spaced_letter_runs(text: str) -> list[str]:
    """Runs of spaced-out letters as one lower-case string each ("i g n o r e a l l" -> "ignoreall")."""
    plain = _plain(text)
    if not _may_be_spaced(plain):
        return []
    return [re.sub(r"[^\w]", "", m.group()).lower() for m in _SPACED.finditer(plain)]


def decoded_hex(text: str) -> list[str]:
    """Runs of hex digits that decode to readable text."""
    out: list[str] = []
    for match in _HEX.finditer(text):
        if len(out) >= _MAX_BLOBS:
            break
        try:
            decoded = bytes.fromhex(match.group()).decode("utf-8")
        except ValueError:
            continue
        printable = sum(ch.isprintable() or ch in "\n\t" for ch in decoded)
        if printable >= 0.9 * len(decoded) and sum(ch.isalpha() for ch in decoded) >= len(decoded) / 2:
            out.append(decoded)
    return out


def decoded_blobs(text: str) -> list[str]:
    """Base64 runs that decode to readable text (an instruction hidden from a keyword list)."""
    out: list[str] = []
    for match in _BLOB.finditer(text):
        if len(out) >= _MAX_BLOBS:
            break
        blob = match.group()
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        printable = sum(ch.isprintable() or ch in "\n\t" for ch in decoded)
        if decoded and printable >= 0.9 * len(decoded) and any(ch.isalpha() for ch in decoded):
            out.append(decoded)
    return out
