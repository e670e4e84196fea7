"""What a person's name may hold before it is stored (issue 10 items 10 and 13).

A candidate's or endorser's name is written into the Subject and body of mail we send, into the digest and
into what the CLI prints. A name given on the command line or read from an endorser's request mail may carry
an ESC or C1 sequence (recolour or clear a terminal, set its title, OSC 52 writes the clipboard), another C0
control, or a bidi embedding, override or isolate (U+202A-202E, U+2066-2069: "Carol" followed by text drawn
backwards, the Trojan Source trick). Such a name is refused where it comes in, with the character named, and
never stored.

What real names need stays: letters of every script, spaces, and the joiners and marks some scripts write
inside names (ZWNJ in Persian, ZWJ in Indic scripts, the left-to-right, right-to-left and Arabic letter marks
of Hebrew and Arabic names), which reorder nothing beyond a neutral character next to them.
"""

from __future__ import annotations

import unicodedata

# Format characters (category Cf) a name may hold: ZWNJ, ZWJ, LRM, RLM, ALM.
_NAME_MARKS = frozenset("\u200c\u200d\u200e\u200f\u061c")


def unprintable_in_name(name: str) -> str | None:
    """None, or the first character of ``name`` that must not be stored in a name, as "U+XXXX".

    Refused: every control (C0, DEL, C1), format character but the marks above (bidi controls, soft hyphen,
    tag characters), surrogate, private-use or unassigned code point, and the line and paragraph separators."""
    for char in name:
        if char.isprintable() or char in _NAME_MARKS:  # not C*, Zl, Zp (nor a Zs but the space)
            continue
        if unicodedata.category(char) == "Zs":  # a no-break or wide space: drawn as a space
            continue
        return f"U+{ord(char):04X}"
    return None
