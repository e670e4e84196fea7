"""What a person's name may hold before it is stored (issue 10 items 10 and 13).

A candidate's or endorser's name is written into the Subject and body of mail we send, into the digest and
into what the CLI prints. A name given on the command line or read from an endorser's request mail may carry
an ESC or C1 sequence (recolour or clear a terminal, set its title, OSC 52 writes the clipboard), another C0
control, or a bidi embedding, override or isolate (U+202A-202E, U+2066-2069: "Carol" followed by text drawn
backwards, the Trojan Source trick). Such a name is refused where it comes in, with the character named, and
never stored.

What real names need stays: letters of every script, spaces, and the joiners and marks some scripts write
inside names (ZWNJ in Persian, ZWJ in Indic scripts, the left-to-right, right-to-left and Arabic letter marks
of Hebrew and Arabic names), which reorder nothing beyond a neutral character next to them. A joiner counts
only where those scripts write it: between two letters or marks of one script that joins its letters (Arabic
letters, by their bidi class) or writes conjuncts (a script with a virama, by its combining class), both read
from the Unicode data, not from a list. Elsewhere ("Ali\u200dce", after a space, in Latin) it is an invisible
character that makes one name look like another, and refused like one. This one rule serves every way a name
comes in (`request`, `members add` and `import`, a member's request mail).

A name stored before a check existed is shown through ``shown`` wherever it is written out (mail, digest,
terminal): every character the rule refuses becomes U+FFFD, so it can neither break a header or a line nor
move the cursor, and an admin sees that something was there.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Format characters (category Cf) a name may hold: LRM, RLM, ALM anywhere, ZWNJ and ZWJ between letters of the
# scripts that write them.
_NAME_MARKS = frozenset("\u200e\u200f\u061c")
_JOINERS = frozenset("\u200c\u200d")
_REPLACEMENT = "\ufffd"


def unprintable_in_name(name: str) -> str | None:
    """None, or the first character of ``name`` that must not be stored in a name, as "U+XXXX".

    Refused: every control (C0, DEL, C1), format character but the marks above (bidi controls, soft hyphen,
    tag characters, a joiner out of place), surrogate, private-use or unassigned code point, and the line and
    paragraph separators."""
    for at, char in enumerate(name):
        if not _allowed(name, at, char):
            return f"U+{ord(char):04X}"
    return None


def shown(name: str) -> str:
    """``name`` as it may be written out: each character the rule refuses replaced by U+FFFD (a stored name
    that predates the check, or a database edited by hand). Linear; most names are returned as they are."""
    if unprintable_in_name(name) is None:
        return name
    return "".join(char if _allowed(name, at, char) else _REPLACEMENT for at, char in enumerate(name))


def _allowed(name: str, at: int, char: str) -> bool:
    if char.isprintable() or char in _NAME_MARKS:  # not C*, Zl, Zp (nor a Zs but the space)
        return True
    if char in _JOINERS:
        return 0 < at < len(name) - 1 and joins(name[at - 1], name[at + 1])
    return unicodedata.category(char) == "Zs"  # a no-break or wide space: drawn as a space


def joins(before: str, after: str) -> bool:
    """Are ``before`` and ``after`` letters or marks of one script that writes joiners between them?"""
    if unicodedata.category(before)[0] not in "LM" or unicodedata.category(after)[0] not in "LM":
        return False
    script = _script(before)
    return script == _script(after) and script in _joining_scripts()


def _script(char: str) -> str:
    """The script a letter belongs to, as the first word of its Unicode name ("DEVANAGARI", "ARABIC")."""
    return unicodedata.name(char, "").partition(" ")[0]


@cache
def _joining_scripts() -> frozenset[str]:
    """Scripts that write ZWJ and ZWNJ inside words, from the Unicode data (read once, about 60 ms, when a
    name first holds a joiner): those with a virama (combining class 9: Devanagari, Bengali, Tamil, Sinhala,
    Khmer ...), where the joiners choose a conjunct or a half form, and those whose letters join (bidi class
    AL: Arabic, as Persian and Urdu write it, Syriac, Thaana), where they choose a letter's joined form."""
    scripts = set()
    for code in range(0x20000):
        char = chr(code)
        if unicodedata.combining(char) == 9 or (unicodedata.bidirectional(char) == "AL"
                                                 and unicodedata.category(char)[0] == "L"):
            scripts.add(_script(char))
    scripts.discard("")
    return frozenset(scripts)
