"""Issue 9 (the plain reply's judgement at most twice the bare stdlib parse): the word before a measure or a quantity
(metric_frames._word_before) is searched for from the start of the last run of word characters before the spacing
ending its window, found with one match of the window reversed, where the search tried every character of the window.
Checked against the search over the whole window on random texts of letters in several scripts, digits, "_",
apostrophes, hyphens, slashes and every kind of space and line break, at random windows."""

from __future__ import annotations

import random

from bot.evaluation import metric_frames

_PIECES = ["likes", "2nd", "_x", "x_", "it's", "’tis", "o'", "'", "’", "ééé", "Ωμέγα", "слово", "字", "٣", "5", "DMs",
           "-", "/", "--", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\u3000", ".", ",", "(", "a", "Z", "ǅ"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 25)))


def test_the_word_before_is_the_searchs() -> None:
    rng = random.Random("word before")
    found = 0
    for _ in range(20000):
        text = _text(rng)
        end = rng.randint(0, len(text))
        lo = rng.choice([0, rng.randint(0, end), max(0, end - metric_frames._LOOKBACK)])
        fast = metric_frames._word_before(text, lo, end)
        slow = metric_frames._WORD_BEFORE.search(text, lo, end)
        assert (fast is None) == (slow is None), (text, lo, end)
        if fast is not None and slow is not None:
            found += 1
            assert fast.span() == slow.span() and fast.span(1) == slow.span(1), (text, lo, end)
    assert found > 5000
