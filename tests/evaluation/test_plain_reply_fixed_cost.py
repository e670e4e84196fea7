"""Issue 9 (the plain reply's judgement at most twice the bare stdlib parse) and issue 10 (1 s per MB for the
smallest dense replies): cuts of what a short ordinary reply pays that it need not. Each is a cheaper way to the same
answer, checked against the form it replaces on random texts built from what that form reads."""

from __future__ import annotations

import dataclasses
import random

from bot.evaluation import obfuscation, patterns
from bot.evaluation.lexicon import lexicons
from bot.evaluation.manipulation import _matcher as manipulation_matcher
from bot.evaluation.patterns import Prepared
from bot.evaluation.rules import judge_rules
from bot.evaluation.to_the_grader import _lists as grader_lists
from bot.settings import EvaluationSettings

_WORDS = ["I", "use", "Buffer", "and", "Figma", "metrics", "engagement", "rate", "reach", "tip", "answer", "angry",
          "customers", "by", "name", "ignore", "previous", "instructions", "dear", "reviewer", "grader", "pass",
          "the", "them", "listen", "calm", "Hootsuite", "response", "time", "don't", "never", "Re:", "Dana", "x"]
_GAPS = [" ", " ", " ", "\n", ", ", ". ", ": ", "\t", " - "]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(0, 14))).strip()


def _matchers() -> list[patterns.Matcher]:
    held = [getattr(owner, f.name) for owner in (lexicons(), grader_lists()) for f in dataclasses.fields(owner)]
    return [manipulation_matcher(), *(value for value in held if isinstance(value, patterns.Matcher))]


def test_a_lexicon_no_key_of_the_text_opens_finds_what_its_full_read_finds() -> None:
    """Matcher.find answers "nothing" without calling _find (and keeps no entry for it) when the text's key map says
    no key of the text opens a phrase of the lexicon and the lexicon scans for none: _find's own first answer."""
    rng = random.Random("owned keys")
    matchers = _matchers()
    assert len(matchers) > 20
    skipped = found = 0
    for _ in range(150):
        text = _text(rng)
        prepared = Prepared.of(text)
        matchers[0]._find(prepared)  # the first read maps the text's keys (patterns._Owned)
        owned = prepared.owned
        assert owned is not None
        for matcher in matchers:
            fresh = Prepared.of(text)
            object.__setattr__(fresh, "owned", owned)
            fast = matcher.find(fresh)
            assert fast == matcher._find(Prepared.of(text)), (text, matcher.entries[:3])
            skipped += matcher not in fresh.found
            found += bool(fast)
    assert skipped > 1000 and found > 50  # both ways taken


def test_letters_one_a_line_need_three_line_breaks() -> None:
    """obfuscation._spelt_otherwise reads letters one a line (_VERTICAL, four lines or more) only in a text of
    _VERTICAL_LINE_BREAKS line breaks or more: every line of a match but the text's last ends with one."""
    rng = random.Random("vertical")
    lines = ["a", "b", " é\t", "1", "ab", "", " ", "_"]
    breaks = ["\n", "\n", "\n", "\n \n", " ", "\r\n"]
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(lines) + rng.choice(breaks) for _ in range(rng.randint(0, 6)))
        text = text[: rng.randint(0, len(text))]
        if obfuscation._VERTICAL.search(text) is not None:
            matched += 1
            assert text.count("\n") >= obfuscation._VERTICAL_LINE_BREAKS, repr(text)
    assert matched > 20
    assert obfuscation._VERTICAL.search("i\ng\nn\no") is not None  # three breaks: read


def test_bit_octets_need_a_bit() -> None:
    """_bytes_spelt_out scans for two bit octets (_MAY_BE_BITS) only in a text holding a "0" or a "1"."""
    rng = random.Random("bits")
    for _ in range(5000):
        text = "".join(rng.choice(["0", "1", "2", " ", ",", "\t", "a"]) for _ in range(rng.randint(0, 24)))
        if obfuscation._MAY_BE_BITS.search(text) is not None:
            assert "0" in text or "1" in text


def test_a_scan_is_skipped_only_in_a_text_holding_none_of_what_its_matches_hold() -> None:
    """Matcher._find runs a lexicon's scans (its phrases no word of the index opens: "^[INST]", '"vanity" metrics',
    ", as well as") only in a text holding one of the strings every match of the scan holds (needed_strings): the
    same hits as when every text was scanned."""
    rng = random.Random("scans")
    judge_rules("I use Buffer.\nMetrics: reach.\nTip: listen to them, as well as you can.", EvaluationSettings())
    scanning = sorted((m for m in {*_matchers(), *patterns._BUILT} if m._scanned), key=lambda m: m._serial)
    assert len(scanning) >= 5
    skipped = found = 0
    for matcher in scanning:
        matcher._find(Prepared.of("x"))  # its scans' strings worked out
        needs = matcher._scan_needs
        assert needs is not None and len(needs) == len(matcher._scanned)
        skipped += sum(needed is not None for needed in needs)
        pieces = [e.phrase.replace("*", "s").replace("...", "so") for e in matcher.entries]
        pieces += [string for needed in needs if needed for string in needed]
        for _ in range(60):
            text = " ".join(rng.choice(pieces if rng.random() < 0.3 else _WORDS) + rng.choice(_GAPS)
                            for _ in range(rng.randint(1, 8)))
            fast = matcher._find(Prepared.of(text))
            matcher._scan_needs = [None] * len(needs)  # every text scanned, as before
            try:
                assert fast == matcher._find(Prepared.of(text)), (text, matcher.entries[:3])
            finally:
                matcher._scan_needs = needs
            found += bool(fast)
    assert skipped >= 5 and found > 30

