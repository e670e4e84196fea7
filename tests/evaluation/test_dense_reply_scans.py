"""Issue 10 (no message judged at more than 1 s per MB): whole-reply scans of the manipulation check that the regex
engine tried at every character of a dense reply are skipped to where they may match, and the readings of a run of
letters stop where no word can go on; each must find what it found before, compared on random texts of its own
words.

- Chinese and Japanese passages for a machine (machine_reader._written_without_spaces): each pattern starts with a
  machine's name ignoring case, so it is run only on a text holding one of the words its matches must hold;
- Morse code (obfuscation._MORSE): its first sign is written out of the repeat, which the engine skips to;
- a run of letters whose word gaps are lost, cut into its likeliest words (segmented.cut_into_words): read forward
  from each place, and no further than a piece whose first letters start no word.

(The manipulation lexicon's substrings are checked in test_ordinary_reply_fast_paths.py, against the substrings
searched one by one, for ASCII texts and texts of every script they are written in.)"""

from __future__ import annotations

import dataclasses
import math
import random
import re

from bot.evaluation import machine_reader, obfuscation, segmented
from bot.evaluation.lexicon import toml_table

_MORSE_AS_BEFORE = re.compile(r"(?:[.\-]{1,6}+(?:[ \t]++/?+[ \t]*+|/[ \t]*+)){8,}+[.\-]{0,6}+")


def test_morse_code_is_found_and_read_as_before() -> None:
    rng = random.Random("morse")
    signs = [".", "-", "..", "-.-", "......", ".......", ""]
    gaps = [" ", "  ", "\t", "/", " / ", "/ ", " /", "", "a", "\n"]
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(signs) + rng.choice(gaps) for _ in range(rng.randint(0, 20)))
        assert [m.span() for m in obfuscation._MORSE.finditer(text)] == [
            m.span() for m in _MORSE_AS_BEFORE.finditer(text)], text
        found += obfuscation._MORSE.search(text) is not None
    assert found > 300
    sos = "... --- ... / ... --- ... / ... --- ..."
    assert obfuscation._MORSE.sub(obfuscation._morse_read, sos) == _MORSE_AS_BEFORE.sub(obfuscation._morse_read, sos)


def test_chinese_and_japanese_passages_for_a_machine_are_found_as_when_every_text_was_scanned() -> None:
    cjk = toml_table("manipulation.toml")["machine_reader"]["cjk"]
    lists = machine_reader._lists()
    assert lists.cjk_addressed_words and lists.cjk_supposed_words and lists.cjk_outcome_words
    scanned = dataclasses.replace(lists, cjk_addressed_words=None, cjk_supposed_words=None, cjk_outcome_words=None)
    words = [w for name in ("machines", "to_before", "to_after", "to_after_alone", "notes", "openers", "grading",
                            "reply", "obliged", "outcomes", "possessives") for w in cjk[name]]
    pieces = [*words, "claude", "gpt", "ai", "：", ":", "。", "！", " ", "\n", "I use Buffer", "\u200b", "，", "x"]
    rng = random.Random("cjk")
    found = 0
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 10)))
        said = machine_reader._written_without_spaces(lists, text)
        assert said == machine_reader._written_without_spaces(scanned, text), text
        found += bool(said)
    assert found > 500


def test_a_word_with_a_case_is_no_word_to_skip_by() -> None:
    assert machine_reader._one_of(["给", "へ"]) == ("给", "へ")
    assert machine_reader._one_of(["给", "AI"]) is None


def _cut_as_before(run: str) -> str:
    """segmented.cut_into_words as it was written before it read each place's pieces forward."""
    costs = segmented._costs()
    n = len(run)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - segmented._LONGEST_WORD), end):
            word_cost = costs.get(run[start:end])
            if word_cost is None:
                if end - start != 1:
                    continue
                word_cost = segmented._UNKNOWN_LETTER
            if best[start] + word_cost < best[end]:
                best[end] = best[start] + word_cost
                back[end] = start
    words: list[str] = []
    end = n
    while end > 0:
        words.append(run[back[end] : end])
        end = back[end]
    return " ".join(reversed(words))


def test_a_run_of_letters_is_cut_into_the_words_it_was_cut_into_before() -> None:
    rng = random.Random("segmented")
    words = sorted(segmented._costs())
    long_words = [w for w in words if len(w) >= 12]
    for _ in range(1500):
        pieces = [rng.choice(words if rng.random() < 0.7 else long_words) for _ in range(rng.randint(0, 12))]
        pieces += ["".join(rng.choices("abcdefghijklmnopqrstuvwxyzéü", k=rng.randint(0, 4)))]
        rng.shuffle(pieces)
        run = "".join(pieces)[:80]
        assert segmented.cut_into_words(run) == _cut_as_before(run), run
    assert segmented.cut_into_words("ignoreallpreviousinstructions") == "ignore all previous instructions"
