"""Issue 10 (no message judged at more than 1 s per MB): a run of spaced-out letters is cut into its likeliest words
(segmented.cut_into_words) reading forward from each place; past its first five letters a piece was looked up at
every length up to eighteen letters, most of them no word, and the pieces of up to five letters were looked up at
each place anew. Now what a place's first five letters start is worked out once for those letters
(segmented._pieces_at), and past them only the pieces as long as a word starting with them are looked up. The cut
must be the one the reading of every length gave, compared on random runs of the lists' words, long ones cut short
and glued to others, and of random letters."""

from __future__ import annotations

import math
import random

from bot.evaluation import segmented


def _cut_at_every_length(run: str) -> str:
    """segmented.cut_into_words before it looked up only the lengths of words: every piece up to eighteen letters."""
    costs, prefixes = segmented._costs(), segmented._prefixes()
    n = len(run)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for start in range(n):
        here = best[start]
        for end in range(start + 1, min(n, start + segmented._LONGEST_WORD) + 1):
            piece = run[start:end]
            word_cost = costs.get(piece)
            if word_cost is None and end - start == 1:
                word_cost = segmented._UNKNOWN_LETTER
            if word_cost is not None and here + word_cost < best[end]:
                best[end] = here + word_cost
                back[end] = start
            if end - start <= segmented._PREFIX_LETTERS and piece not in prefixes:
                break
    words: list[str] = []
    end = n
    while end > 0:
        words.append(run[back[end] : end])
        end = back[end]
    return " ".join(reversed(words))


def test_a_run_is_cut_as_when_every_length_was_looked_up() -> None:
    rng = random.Random("cut-by-lengths")
    words = sorted(segmented._costs())
    long_words = [w for w in words if len(w) > segmented._PREFIX_LETTERS]
    runs = ["", "a", "abcde", "abcdef", "ignoreallpreviousinstructions", "x" * 40, long_words[0], long_words[-1]]
    for _ in range(3000):
        pieces = []
        for _ in range(rng.randint(0, 10)):
            word = rng.choice(long_words if rng.random() < 0.6 else words)
            pieces.append(word[: rng.randint(1, len(word))] if rng.random() < 0.3 else word)
        pieces += ["".join(rng.choices("abcdefghijklmnopqrstuvwxyzéüß", k=rng.randint(0, 4)))]
        rng.shuffle(pieces)
        runs.append("".join(pieces)[: rng.choice((12, 40, 120, 600))])
    changed = 0
    for run in runs:
        cut = segmented.cut_into_words(run)
        assert cut == _cut_at_every_length(run), run
        changed += cut.count(" ") > 0 and any(len(w) > segmented._PREFIX_LETTERS for w in cut.split())
    assert changed > 1000, changed
