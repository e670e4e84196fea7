"""What the command line prints: never a control sequence from someone else's text.

Candidates, endorsers and strangers write the names, subjects, replies and addresses the CLI shows.
Printed raw, an ESC sequence could recolour or clear the admin's terminal, rewrite the line above
("passed"), set the window title, or (OSC 52) write to the clipboard. So every value printed as
text goes through ``clean``: ANSI/VT sequences (CSI, OSC, DCS and the other string sequences) are
removed whole, and every other C0 control but newline and tab, DEL, the C1 controls, and the
Unicode bidi overrides that reorder what a line seems to say, are dropped.

JSON output keeps every character of the data but escapes those same characters as ``\\uXXXX``
(``json_text``), so it stays valid JSON and a program reading it gets the original text back.
All of it is linear in the text's length: one regex pass with no nested repetition.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

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
# In JSON: the same characters, plus the line/paragraph separators some JSON readers split on.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """``text`` as str with terminal control sequences and characters removed (newline and tab kept)."""
    return _STRAY.sub("", _SEQUENCE.sub("", str(text)))


def json_text(value: Any, **kwargs: Any) -> str:
    """``json.dumps`` (UTF-8 kept readable) with every control or reordering character escaped."""
    encoded = json.dumps(value, ensure_ascii=False, **kwargs)  # already escapes C0 and ESC
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def out(text: object = "", *, end: str = "\n", file: TextIO | None = None) -> None:
    """print() for values that may hold someone else's text."""
    (file or sys.stdout).write(clean(text) + end)


def err(text: object) -> None:
    """One line on stderr, cleaned like ``out``."""
    sys.stderr.write(clean(text) + "\n")
