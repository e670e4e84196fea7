"""Issue 9 (the plain reply's judgement at most twice the bare stdlib parse): what was worked out about a compiled
regex (the strings its matches need) is looked up by the regex's id (patterns.PerRegex), not by the regex as a dict
key, which CPython 3.11 hashes from its whole compiled program at every look-up. Checked against the memo it replaces
(a dict keyed by the regex) and against the strings worked out afresh, on random regexes and texts."""

from __future__ import annotations

import gc
import random
import re
import weakref

from bot.evaluation import metrics, negation, patterns
from bot.evaluation.patterns import PerRegex, may_match, needed_strings

_WORDS = ["never", "ignored", "we", "i", "have", "ratio", "ratios", "metric", "index", "Score", "kpi", "rate",
          "reach", "the", "of", "Ratio", "x", "é", "skipped"]
_GAPS = [" ", "  ", "\n", ", ", ". ", "\t", "'"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(0, 12)))


def _regex(rng: random.Random) -> re.Pattern[str]:
    branches = "|".join(rng.sample(_WORDS, rng.randint(1, 4)))
    flags = rng.choice([0, 0, re.IGNORECASE])
    # Compiled apart (re's cache emptied first): two equal regexes are two objects, which a dict keyed by the regex
    # takes for one.
    re.purge()
    return re.compile(rf"(?:{branches})(?:\s++(?:{rng.choice(_WORDS)}))?" + " " * rng.randint(0, 3), flags)


def test_a_regex_memo_answers_as_a_dict_keyed_by_the_regex() -> None:
    rng = random.Random("per regex")
    by_id: PerRegex[tuple[str, ...] | None] = PerRegex()
    by_regex: dict[re.Pattern[str], tuple[str, ...] | None] = {}
    kept = []
    for _ in range(400):
        rx = _regex(rng)
        kept.append(rx)
        if by_id.get(rx, ()) == ():
            by_id[rx] = needed_strings(rx)
        if rx not in by_regex:
            by_regex[rx] = needed_strings(rx)
        assert by_id[rx] == by_regex[rx] == needed_strings(rx)
        assert by_id.get(rx, ()) == by_regex.get(rx, ())
    assert len(by_id) == len(kept) > len(by_regex)  # equal regexes compiled apart: one entry each, the same value


def test_a_regex_in_a_memo_is_kept_alive_so_its_id_is_no_others() -> None:
    memo: PerRegex[int] = PerRegex()
    rx = re.compile("kept alive (?:by|in) the memo")
    memo[rx] = 1
    alive = weakref.ref(rx)
    del rx
    gc.collect()
    assert alive() is not None
    later = [re.compile(f"another regex {n}") for n in range(200)]
    assert all(memo.get(other) is None for other in later)
    try:
        memo[later[0]]
    except KeyError:
        pass
    else:
        raise AssertionError("a regex never stored was found")


def test_may_match_answers_from_the_strings_worked_out_afresh() -> None:
    """may_match (memo by id) against the strings needed_strings works out for each call, over the whole-reply scans
    it is asked about for every reply and random regexes; and it never says no where the regex matches."""
    rng = random.Random("may match")
    scans = [negation._disowning_pattern("en"), metrics._RATIO, metrics._HEAD_OF_A_NAME]
    scans += [_regex(rng) for _ in range(60)]
    told_no = 0
    for _ in range(400):
        text = _text(rng)
        for rx in scans:
            needed = needed_strings(rx)
            expected = needed is None or any(string in text for string in needed)
            assert may_match(rx, text) is expected, (rx.pattern[:60], text)
            if not expected:
                told_no += 1
                assert rx.search(text) is None
    assert told_no > 100
    assert all(patterns._SCAN_NEEDS[rx] == needed_strings(rx) for rx in scans)
