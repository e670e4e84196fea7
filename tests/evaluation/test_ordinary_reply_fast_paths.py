"""Issue 9 (an ordinary reply judged in at most twice the bare parse): shortcuts on the path every reply takes,
each compared on random texts with the straightforward form it replaces.

The manipulation lexicon's raw substrings (Chinese, Korean, Arabic, Hindi, Hebrew phrases and a few chat-template
tokens) were each searched for in every reading of every reply; an ASCII text is searched only for the ones written
in ASCII, the only ones it can hold."""

from __future__ import annotations

import random

from bot.evaluation import manipulation, patterns, respelt, subjects
from bot.evaluation.patterns import Entry, Hit, Prepared

_FILLER = ["I use Buffer", " ", "\n", "ignore", "<|", "|>", "[", "]", "//", ":", "#", "é", "指令", "忽略", "x", "INST",
           "/", "<", ">", "im_start", "endoftext", "instructions", "평가자에게", "تعليمات جديدة"]


def _texts(rng: random.Random, pieces: list[str], count: int) -> list[str]:
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_substrings_searched_by_script_are_the_substrings_searched_one_by_one() -> None:
    rng = random.Random("substrings")
    every = list(manipulation._substrings())
    pieces = _FILLER + every + [s[: len(s) // 2] for s in every] + [s[len(s) // 2 :] for s in every]
    ascii_pieces = [p for p in pieces if p.isascii()]
    texts = _texts(rng, pieces, 2000) + _texts(rng, ascii_pieces, 2000) + [" ".join(every), "", "plain words only"]
    ascii_texts = [t for t in texts if t.isascii()]
    assert len(ascii_texts) > 300 and len(texts) - len(ascii_texts) > 300
    assert sum(bool(manipulation.substrings_in(t)) for t in ascii_texts) > 100
    for text in texts:
        assert manipulation.substrings_in(text) == [s for s in every if s in text], text
    # An empty run of letters (no acrostic) is not searched for the compact forms: none of them is empty.
    assert all(manipulation._compact())


def _name_runs_as_before(letters: list[str], apart: list[bool], i: int,
                         index: respelt._Index) -> list[tuple[int, str, tuple[str, int] | None]]:
    """respelt._name_runs as it was written before it was tightened for the common case."""
    runs: list[tuple[int, str]] = []
    joined = ""
    for n in range(respelt._MAX_RUN_WORDS):
        if i + n >= len(letters):
            break
        if n and not apart[i + n - 1]:
            break
        joined += letters[i + n]
        if len(joined) > respelt._MAX_RUN_LETTERS:
            break
        runs.append((n + 1, joined))
    out: list[tuple[int, str, tuple[str, int] | None]] = []
    for count, run in reversed(runs):
        if count > 1 and run in index.exact:
            out.append((count, run, None))
        elif (len(run) >= respelt._MIN_FUZZY_LETTERS and run not in index.exact and index.slips.may_be_near(run)
              and (slip := respelt._one_edit(run)) is not None):
            out.append((count, run, (slip[0], respelt._word_at(letters[i : i + count], slip[1]))))
    return out


def _slipped(rng: random.Random, word: str) -> str:
    at = rng.randrange(len(word))
    kind = rng.randrange(4)
    if kind == 0:
        return word[:at] + word[at + 1 :]
    if kind == 1:
        return word[:at] + rng.choice("aeiouxst") + word[at:]
    if kind == 2:
        return word[:at] + rng.choice("aeiouxst") + word[at + 1 :]
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :] if at else word


def test_name_runs_tightened_are_the_runs_read_as_before() -> None:
    rng = random.Random("name runs")
    index = respelt._index()
    names = sorted(index.exact)
    pieces = [n[:k] for n in names[:200] for k in (2, 3, len(n) // 2)] + [n[k:] for n in names[:200] for k in (2, 3)]
    vocabulary = names + pieces + [_slipped(rng, n) for n in names] + ["i", "use", "and", "a", "x" * 40, "reach"]
    checked = 0
    kinds: set[str] = set()
    for _ in range(400):
        letters = [rng.choice(vocabulary) for _ in range(rng.randint(1, 30))]
        apart = [rng.random() < 0.8 for _ in range(len(letters) - 1)]
        for i in range(len(letters)):
            expected = _name_runs_as_before(letters, apart, i, index)
            found = respelt._name_runs(letters, apart, i, index.exact, index.slips.lengths_by_head)
            assert found == expected, (letters[i : i + 3], apart[i : i + 2])
            checked += 1
            kinds.update("written apart" if slip is None else "one letter off" for _, _, slip in expected)
    assert checked > 4000 and kinds == {"written apart", "one letter off"}


def test_overlaps_sorted_by_attribute_keep_what_the_sort_by_start_and_length_kept() -> None:
    """patterns._drop_overlaps orders a lexicon's hits by start, the longest first, with two stable sorts by
    attribute instead of a key made in Python per hit: on random hits (many alike in start, end or both, of
    different entries so their order shows) the hits kept are the ones the sort by (start, -length) kept."""
    rng = random.Random("overlaps")
    entries = [Entry(f"k{n}", f"phrase {n}") for n in range(8)]
    for _ in range(3000):
        hits = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 20)
            hits.append(Hit(rng.choice(entries), start, start + rng.randint(1, 6)))
        expected_order = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for hit in expected_order:
            if kept and hit.start < kept[-1].end:
                if hit.end - hit.start > kept[-1].end - kept[-1].start:
                    kept[-1] = hit
                continue
            kept.append(hit)
        assert [(h.entry.key, h.start, h.end) for h in patterns._drop_overlaps(list(hits))] == [
            (h.entry.key, h.start, h.end) for h in kept]


def test_opener_places_gathered_at_c_speed_are_the_places_gathered_key_by_key() -> None:
    """subjects._opener_starts gathers the places of the word-index keys that start like a person word's first
    word with C-level filter and map; on random texts of person words, their look-alikes and other words, in each
    language, the places are those of the generator over the index it replaces."""
    rng = random.Random("openers")
    for language in ("en", "es", "fr", "de", "pt", "it"):
        keys = subjects._opener_keys(language)
        assert keys
        words = [k[1:] for k in keys] + [k[1:] + "s" for k in keys] + [k[1:3] for k in keys] + [
            "Buffer", "reach", "Tip", "we’re", "l'équipe", "their", "themselves", "x", "ourselves"]
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
            prepared = Prepared.of(text)
            expected = sorted(at for key, places in prepared.index.items() if key.startswith(keys) for at in places)
            reading = type("R", (), {"prepared": prepared, "language": language})()
            subjects._OPENERS = None
            assert subjects._opener_starts(reading) == expected, text
