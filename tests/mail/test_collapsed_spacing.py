"""Issue 10, s per MB of wide HTML: html.collapsed skips the spacing regex for text pieces that are their own
result; on random pieces of every spacing character it collapses, other unprintable characters and letters, and on
every code point alone and doubled, it gives what the regex gives."""

from __future__ import annotations

import random

from bot.mail import html


def test_collapsed_is_the_spacing_regex() -> None:
    """Fails if a spacing character the regex collapses were taken for printable, or two spaces were let through."""
    pieces = [" ", "  ", "\t", "\r", "\n", "\f", "\u00a0", "\u200b", "\u200c", "\u200d", "\ufeff", "\u3000", "\u2028",
              "\x00", "\x85", "a", "Buffer", "é", "\u0301", "I use", "reach.", "—", "\ufffc"]
    rng = random.Random("collapsed")
    for _ in range(5000):
        data = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert html.collapsed(data) == html._WS.sub(" ", data), repr(data)
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for data in (char, "a" + char + "b", char + char):
            assert html.collapsed(data) == html._WS.sub(" ", data), hex(code)
