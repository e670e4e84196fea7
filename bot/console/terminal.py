"""What the command line prints: never a control sequence from someone else's text.

Candidates, endorsers and strangers write the names, subjects, replies and addresses the CLI shows.
Printed raw, an ESC sequence could recolour or clear the admin's terminal, rewrite the line above
("passed"), set the window title, or (OSC 52) write to the clipboard. So every value printed as
text goes through ``clean``: ANSI/VT sequences (CSI, OSC, DCS and the other string sequences) are
removed whole, and every other C0 control but newline and tab, DEL, the C1 controls, and the
Unicode bidi overrides that reorder what a line seems to say, are dropped. Characters a terminal draws as
nothing (the Unicode default-ignorable code points: zero-width spaces and joiners, the soft hyphen, word
joiner, invisible operators, Hangul fillers, variation selectors, tag characters that "ASCII-smuggle" text,
and the line and paragraph separators) are shown as ``<U+XXXX>``, so an admin sees that something is there and
two values drawn alike are told apart; a joiner inside a word of a script that writes it, one inside an emoji
sequence, a variation selector after the character it varies, a subdivision flag's tags and the left-to-right,
right-to-left and Arabic letter marks of names (bot/domain/names.py) are kept.

JSON output keeps every character of the data but escapes those same characters as ``\\uXXXX``
(``json_text``), so it stays valid JSON and a program reading it gets the original text back.
All of it is linear in the text's length: one regex pass with no nested repetition.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from typing import Any, TextIO

from bot.domain.names import joins  # the names' rule: letters of one script that writes joiners

# ESC-introduced sequences, removed whole: CSI (ESC [ ... final byte), the string sequences OSC/DCS/
# SOS/PM/APC (ESC ] P X ^ _ ... up to BEL or ST, or to the end when unterminated), and the two-byte
# escapes (ESC followed by one character). Their 8-bit C1 forms (CSI = U+009B, OSC = U+009D ...) likewise.
_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
# Single characters that control a terminal or reorder text: C0 except tab and newline, DEL, C1, and the
# bidi embeddings/overrides/isolates (Trojan Source, CVE-2021-42574).
_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
_STRAY = re.compile(_CONTROL)
# Drawn as nothing (Unicode's Default_Ignorable_Code_Point, the bidi controls removed above aside), or as a line
# break by some terminals and none by others (U+2028, U+2029). Issue 10 item 13, red-team variant: a reply's tag
# characters, a stranger's subject of zero-width spaces, reached the admin's terminal unseen.
_INVISIBLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028\u2029"
              "\u2060-\u2065\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\U0001bca0-\U0001bca3"
              "\U0001d173-\U0001d17a\U000e0000-\U000e0fff")
# A flag of a subdivision (U+1F3F4, tag letters or digits, CANCEL TAG: Scotland's flag), kept as it is; a run of
# tag characters, shown with the ASCII text it mirrors; any other invisible character.
_UNSEEN = re.compile("\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{1,7}\U000e007f"
                     f"|[\U000e0020-\U000e007e]+|[{_INVISIBLE}]")
_TAG_OFFSET = 0xE0000
_NAME_MARKS = frozenset("\u200e\u200f\u061c")
_JOINERS = frozenset("\u200c\u200d")
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# In JSON: the same characters and the invisible ones (escaped, the data is kept), and the line/paragraph
# separators some JSON readers split on.
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f\u202a-\u202e\u2066-\u2069{_INVISIBLE}]")


def clean(text: object) -> str:
    """``text`` as str with terminal control sequences and characters removed (newline and tab kept), and the
    characters drawn as nothing shown as ``<U+XXXX>``."""
    shown = _STRAY.sub("", _SEQUENCE.sub("", str(text)))
    return _UNSEEN.sub(_shown_invisible, shown) if _UNSEEN.search(shown) else shown


def _shown_invisible(found: re.Match[str]) -> str:
    char, text, at = found.group(), found.string, found.start()
    if char[0] == "\U0001f3f4":
        return char
    if "\U000e0020" <= char[0] <= "\U000e007e":  # "ASCII smuggling": the admin is shown what it says
        return "<tag characters: " + "".join(chr(ord(c) - _TAG_OFFSET) for c in char) + ">"
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if char in _NAME_MARKS:
        return char
    if char in _JOINERS and before and after and (joins(before, after) or (
            char == "\u200d" and _emoji_part(before) and _emoji_part(after))):
        return char
    if _VARIATION_SELECTORS.fullmatch(char) and before and not _UNSEEN.fullmatch(before):
        return char  # one selector after the character it varies ("\u2764\ufe0f"); a run of them carries data
    return f"<U+{ord(char):04X}>"


def _emoji_part(char: str) -> bool:
    """A pictograph, a skin tone or the selector that makes one ("\U0001f469\u200d\U0001f4bb", a woman at a
    computer, is three characters joined)."""
    return unicodedata.category(char) in ("So", "Sk") or char == "\ufe0f"


def json_text(value: Any, **kwargs: Any) -> str:
    """``json.dumps`` (UTF-8 kept readable) with every control, reordering or invisible character escaped."""
    encoded = json.dumps(value, ensure_ascii=False, **kwargs)  # already escapes C0 and ESC
    return _JSON_UNSAFE.sub(_json_escape, encoded)


def _json_escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes a code point past U+FFFF as its UTF-16 surrogate pair
    return f"\\u{0xd800 + (code >> 10):04x}\\u{0xdc00 + (code & 0x3ff):04x}"


def out(text: object = "", *, end: str = "\n", file: TextIO | None = None) -> None:
    """print() for values that may hold someone else's text."""
    (file or sys.stdout).write(clean(text) + end)


def err(text: object) -> None:
    """One line on stderr, cleaned like ``out``."""
    sys.stderr.write(clean(text) + "\n")
