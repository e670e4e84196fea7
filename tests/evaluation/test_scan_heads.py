"""Issue 10: the regexes that scan a whole reply let the engine skip to where a match can start.

A scan that starts with a look-behind ("no letter before") makes the regex engine try that look-behind at
every character of the reply: 10 KB of dashes or "=" cost each such scan about half a millisecond, and the
word index, the compound and typo finders and the disguise finders each had one. Written with the first
character first and the look-behind after it (reading that character again), the compiled regex carries the
set of characters a match starts with, and the engine skips every other position at C speed. The forms
find exactly what the old ones found (checked below on random text, with and without a start position).

The "..." gap of the lexicon phrases reads its separator run first and ends each repeat with one, so a try
with one more word goes on from where the last try stood: each run after "take" is read once per phrase,
where the old order ("(?:sep word){0,4}? sep") read the run after each word twice.
"""

from __future__ import annotations

import random
import re
import re._parser as regex_syntax
from typing import Any

import pytest

from bot.evaluation import compounds, obfuscation, patterns, typos
from bot.evaluation.patterns import Entry, Matcher, Prepared
from tests.evaluation.test_linear_patterns import _tells_where_a_match_starts

_OLD_SPACED = r"(?<![^\W\d_])[^\W\d_](?:[ \t.\-_*·,|/+~•]{1,3}+[^\W\d_](?![^\W\d_])){3,}+"
# Each scan and the look-behind-first form it replaced.
SCANS: dict[str, tuple[re.Pattern[str], str]] = {
    "word index": (patterns._INDEX_WORD, r"(?<!\w)(?<!\w['’‘ʼ])\w[\w'’‘ʼ]*"),
    "compound words": (compounds._WORD, r"(?<![\w'’])[^\W\d_]{8,40}+(?![\w'’])"),
    "typo words": (typos._WORD, r"(?<![\w'’])[^\W\d_]++(?![\w'’])"),
    "spaced-out letters": (obfuscation._SPACED, _OLD_SPACED),
    "base64 blobs": (obfuscation._BLOB, r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,4000}+={0,2}"),
}
_OLD_GAP = r"(?:[\s\-/]++[^\s\-/]++){0,4}?[\s\-/]++"
_PIECES = ["a", "b", "Z", "é", "Я", "1", "_", " ", "'", "’", "‘", "ʼ", "-", "\n", ".", "\t", "*", "·", "+", "/",
           "=", "ab", "aaaaaaaa", "x y z w ", "i.g.n.o.r.e"]


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_scan_tells_the_engine_where_a_match_starts(name: str) -> None:
    new, old = SCANS[name]
    assert _tells_where_a_match_starts(new), name
    assert not _tells_where_a_match_starts(re.compile(old))  # what the test catches


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_scan_finds_what_its_look_behind_first_form_found(name: str) -> None:
    new, old_pattern = SCANS[name]
    old = re.compile(old_pattern)
    rng = random.Random(name)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(20_000)]
    texts += [s for n in (7, 8, 9, 15, 16, 17, 39, 40, 41, 3999, 4000, 4001)
              for s in ("x" * n, f" {'x' * n} ", "'" + "x" * n, "x y z " * min(n, 50))]
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
        if new is not obfuscation._SPACED:  # it skips letters of a run tried before a start position
            start = rng.randint(0, len(text))
            assert [m.span() for m in new.finditer(text, start)] == [m.span() for m in old.finditer(text, start)]


def test_spaced_out_letters_are_found_as_before_in_runs_of_every_spacing() -> None:
    old = re.compile(_OLD_SPACED)
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice("abéZ") + rng.choice(["", " ", "  ", "   ", "    ", ".", " .", "-_", "\t", "1", "b"])
                       for _ in range(rng.randint(0, 16)))
        assert [m.span() for m in obfuscation._SPACED.finditer(text)] == [m.span() for m in old.finditer(text)], text
        assert obfuscation._SPACED.sub("#", text) == old.sub("#", text)


def test_a_run_of_spaced_out_letters_is_read_from_one_start() -> None:
    """Hidden text of "x y z " was read again from each of its letters (when its end, spacing, made the
    run fail): 20 KB took two seconds. Now a run is started once, at its first letter; counted here as
    the places where the scan begins reading a run."""
    text = "x y z " * 3_000 + ".."
    starts = re.compile(obfuscation._LETTER + obfuscation._NO_RUN_START)
    assert len(starts.findall(text)) == 1
    assert len(re.compile(r"(?<![^\W\d_])[^\W\d_]").findall(text)) == 9_000  # before: every letter
    assert obfuscation.spaced_letter_runs(text) == ["xyz" * 3_000]


def test_a_run_of_spaced_out_letters_ends_at_its_last_letter_whatever_follows() -> None:
    assert obfuscation.spaced_letter_runs("i g n o r e  a l l and approve") == ["ignoreall"]
    assert obfuscation.spaced_letter_runs("x y z . w") == ["xyzw"]
    assert obfuscation.spaced_letter_runs("a b c and d") == []  # three letters are no run


def _is_separator_run(item: Any) -> bool:
    """A possessive run of one set that is not negated (the separators, not the gap's word)."""
    op, arg = item
    if str(op) != "POSSESSIVE_REPEAT":
        return False
    (inner_op, inner_arg), = list(arg[2])
    return str(inner_op) == "IN" and "NEGATE" not in str(inner_arg)


def _gap_shape(pattern: str) -> tuple[bool, bool]:
    """(the gap starts with its separator run, each of its lazy repeats ends with a separator run)."""
    items: list[Any] = list(regex_syntax.parse(pattern).data)
    lazy = [arg[2] for op, arg in items if str(op) == "MIN_REPEAT"]
    return _is_separator_run(items[0]), bool(lazy) and all(_is_separator_run(list(body)[-1]) for body in lazy)


def test_a_gap_reads_its_separator_run_before_its_words() -> None:
    """The gap is "sep (word sep){0,4}?": a try with one more word goes on from where the last try ended.
    The old "(sep word){0,4}? sep" read the run after each word twice: once before trying the phrase's
    next word, once more as the separator of the next repeat."""
    assert _gap_shape(patterns._GAP) == (True, True)
    assert _gap_shape(_OLD_GAP) == (False, False)  # what the test catches


def test_a_gap_phrase_finds_what_the_old_gap_found(monkeypatch: pytest.MonkeyPatch) -> None:
    phrases = ["take ... private", "take ... offline", "take it offline", "take ... to DM*", "keep ... calm",
               "follow* ... up", "take ... it ... offline"]
    entries = [Entry(p, p) for p in phrases]
    rng = random.Random(7)
    words = ["take", "it", "private", "offline", "to", "DM", "DMs", "keep", "calm", "follow", "following", "up",
             "-", "--", " ", "\n", "/", "x", "a-b", "pri", "privately", ",", "'"]
    texts = [" ".join(rng.choice(words) if rng.random() < 0.6 else rng.choice(words) + rng.choice(words)
                      for _ in range(rng.randint(1, 14))) for _ in range(5_000)]
    new = [[(h.key, h.start, h.end) for h in Matcher(entries).find(Prepared.of(t))] for t in texts]
    monkeypatch.setattr(patterns, "_GAP", _OLD_GAP)
    old = [[(h.key, h.start, h.end) for h in Matcher(entries).find(Prepared.of(t))] for t in texts]
    assert new == old


def test_phrases_starting_with_the_same_word_read_the_separator_run_after_it_once() -> None:
    """ "take ... private", "take ... offline", "take it offline", "take your time": each phrase read the run
    of separators after "take" again (a line of 60 dashes: once per phrase); neighbours in the alternation
    that start with the same word and separator run now share them."""
    phrases = ["take ... private", "take ... offline", "take it offline", "take your time", "take notes"]
    matcher = Matcher(Entry(p, p) for p in phrases)
    (regex,) = matcher.regexes()
    # The run after "take" is one separator run of the regex, not one per phrase: 5 runs in all (the shared
    # one, one in each gap, one in "it offline" and "your time"), 9 before.
    assert regex.pattern.count("ake" + patterns._SEP) == 1
    assert regex.pattern.count(patterns._SEP) == 5
    text = ("take " + "-" * 60 + "\n") * 20 + "take the chat private, take it offline, take notes"
    assert [h.key for h in matcher.find(Prepared.of(text))] == ["take ... private", "take ... offline", "take notes"]


def _unshared(items: list[tuple[str, str]]) -> str:
    return "|".join(f"(?P<{name}>{rx})" for name, rx in items)


@pytest.mark.parametrize("lexicon", ["tip_actions", "metrics", "anger", "tools"])
def test_phrases_sharing_their_first_word_find_what_each_phrase_tried_whole_found(
        lexicon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.evaluation.lexicon import lexicons

    entries = getattr(lexicons(), lexicon).entries
    shared = Matcher(entries)
    shared.compile_all()  # each regex is compiled when first asked for: here, before _shared_heads is replaced
    monkeypatch.setattr(patterns, "_shared_heads", _unshared)
    whole = Matcher(entries)
    vocab = sorted({w.rstrip("*") for e in entries for w in e.phrase.split() if w not in ("...", "^")})
    rng = random.Random(lexicon)
    separators = [" ", "  ", "-", " - ", "/", "\n", " ---- ", ", ", ". ", "'", ""]
    for _ in range(1_500):
        text = "".join(rng.choice(vocab) + rng.choice(["", "s", "ed"]) + rng.choice(separators)
                       for _ in range(rng.randint(1, 20)))
        found = [(h.entry, h.start, h.end) for h in shared.find(Prepared.of(text))]
        assert found == [(h.entry, h.start, h.end) for h in whole.find(Prepared.of(text))], text
