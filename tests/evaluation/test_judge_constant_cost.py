"""The rules' cost per character stays small, not only linear (issue 10: at most 1 s to judge per MB).

Counted work, never timed: how many counted actions a word is compared with, how many regexes a process
that judges one reply compiles, and that a judge worker compiles them all before its first reply.
"""

from __future__ import annotations

import pytest

from bot.evaluation import judge_worker, metric_frames, patterns
from bot.evaluation.lexicon import named_entries
from bot.evaluation.patterns import Matcher, Prepared
from bot.evaluation.reading import Reading


def test_a_word_after_a_quantity_is_compared_with_the_actions_it_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word after "how many" used to be compared with all the counted actions of the lexicon
    (93): a reply of 10 KB of quantity phrases took 30 ms in that loop alone."""
    calls = 0
    fits = metric_frames._fits

    def counted(word: str, pattern: str) -> bool:
        nonlocal calls
        calls += 1
        return fits(word, pattern)

    monkeypatch.setattr(metric_frames, "_fits", counted)
    text = "how many people clicked per post and the number of shares per week. " * 40
    reading = Reading.of(text, "en")
    quantities = len(metric_frames.frame_words().quantities.find(reading.prepared))
    found, _ = metric_frames.framed_metrics(reading, [])
    assert found and quantities == 80
    assert calls / quantities < len(metric_frames.frame_words().actions), calls


def test_counted_actions_found_through_the_index_are_those_a_full_scan_finds() -> None:
    words = metric_frames.frame_words()

    def full_scan(seen: list[str], i: int) -> tuple[str, int] | None:
        best: tuple[str, int] | None = None
        for group, pattern in words.actions:
            n = len(pattern)
            if all(i + k < len(seen) and metric_frames._fits(seen[i + k], pattern[k]) for k in range(n)) and (
                    best is None or n > best[1]):
                best = (group, n)
        return best

    tokens = sorted({t for _, pattern in words.actions for t in pattern})
    samples = [t.removesuffix("*") + ending for t in tokens for ending in ("", "ed", "s")] + ["a", "of", "x", ""]
    for i, word in enumerate(samples):
        seen = [word, *samples[i + 1 : i + 4]]
        assert words.counted.at(seen, 0) == full_scan(seen, 0), seen


def test_one_reply_compiles_only_the_phrases_its_words_can_start() -> None:
    """`endorsebot evaluate` judges one message: compiling the thousands of lexicon regexes it never
    tries was most of its start-up time."""
    matcher = Matcher(named_entries("tools.txt"))
    assert not matcher._by_key
    hits = matcher.find(Prepared.of("I schedule with Buffer and design in Canva."))
    assert {h.key for h in hits} >= {"Buffer", "Canva"}
    assert 0 < len(matcher._by_key) < len(matcher._sources) / 20
    matcher.compile_all()
    assert matcher.find(Prepared.of("I schedule with Buffer and design in Canva.")) == hits


def test_a_judge_worker_compiles_every_regex_before_its_first_reply() -> None:
    judge_worker._warm()
    built = list(patterns._BUILT)
    assert built
    assert all(set(m._by_key) == set(m._sources) for m in built)
