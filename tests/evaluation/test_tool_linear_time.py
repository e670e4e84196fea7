"""Hostile replies cannot make the tools finder slow: its work grows in step with the reply.

The attack: a tool named in a usage frame on every line ("We use Zorblax and Quintor.") or a needs-
context tool next to many named ones made the finder compare every mention with every other (300 KB:
88 s). Work is counted, not timed: every line of Python executed in tools.py, tool_names.py and
spans.py is one step. Eight times the text may cost about eight times the steps; quadratic work
would cost sixty-four.
"""

from __future__ import annotations

import random

import pytest

from bot.evaluation import respelt, spans, tool_names, tools
from bot.evaluation.reading import Reading
from bot.evaluation.spans import SpanSet
from tests.evaluation.steps import steps

_FILES = frozenset({tools.__file__, tool_names.__file__, spans.__file__, respelt.__file__})
_MAX_GROWTH = 16


def _growth(line: str, n: int = 60) -> float:
    def run(size: int) -> int:
        reading = Reading.of(line * size, "en")
        tools.find_tools(reading)  # warm: the lexicons and word lists load outside the count
        return steps(lambda: tools.find_tools(reading), _FILES)

    return run(8 * n) / run(n)


@pytest.mark.parametrize(("attack", "line"), [
    ("unknown tools in a usage frame on every line", "We use Zorblax and Quintor and Flibber.\n"),
    ("one sentence of usage frames", "we use Zorblax and Quintor, "),
    ("needs-context tools beside named ones", "Later, Buffer, Canva, Hootsuite and Later again.\n"),
    ("tool types beside brands", "a scheduling tool, a listening tool like Brandwatch, "),
    ("capitalised everyday tool names in one sentence", "and Later and Buffer "),
    ("names one letter off and written apart", "hootsuit and Tweet Deck and google analitics "),
    ("runs of words starting like names", "hoot hoot hoot-suit twee twee "),
])
def test_many_tool_mentions_are_found_in_linear_work(attack: str, line: str) -> None:
    assert _growth(line) < _MAX_GROWTH, attack


def test_a_span_set_answers_like_comparing_with_every_span() -> None:
    rng = random.Random(7)
    for _ in range(200):
        stored = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        added = SpanSet(stored[: len(stored) // 2])
        for span in stored[len(stored) // 2 :]:
            added.add(*span)
        built = SpanSet(stored)
        for start in range(0, 70):
            for end in range(start + 1, start + 8):
                expected = any(lo < end and start < hi for lo, hi in stored)
                assert built.overlaps(start, end) is expected, (stored, start, end)
                assert added.overlaps(start, end) is expected, (stored, start, end)


@pytest.mark.parametrize(("attack", "line"), [
    ("one word repeated", "listen "),
    ("metric grammar repeated", "how many people clicked per post and the number of shares per week. "),
    ("unknown names in usage frames repeated", "We use Zorblax and Quintor via Flibber. "),
])
def test_a_reply_repeating_its_words_asks_the_word_lists_about_each_word_once(attack: str, line: str) -> None:
    # A run of words is read as a tool one letter off only when its letters are one slip from a name;
    # whether its words are ordinary words is asked after that, and remembered per word (before: up to
    # 24 lines of word-list look-ups per word of such a reply).
    reading = Reading.of(line * (3000 // len(line.split())), "en")
    respelt.respelt_tools(reading, SpanSet())  # warm: the word lists load outside the count
    words = len(reading.text.split())
    assert steps(lambda: respelt.respelt_tools(reading, SpanSet()), [tool_names.__file__]) < words / 10, attack


def test_a_reply_of_the_same_glued_names_over_and_over_takes_the_run_apart_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "GoogleAnalyticsHootSuiteSocialMentionKurrently" 85 times in 4 KB: each run was segmented anew
    # (the search over its humps is most of the tools finder's work on such a reply).
    from bot.evaluation import glued_names

    calls: list[str] = []
    real = glued_names._segment

    def counting(text: str, pieces: list[tuple[int, int, bool]]) -> list[tuple[int, int, str | None]]:
        calls.append(text)
        return real(text, pieces)

    monkeypatch.setattr(glued_names, "_segment", counting)
    glued_names._segment_run.cache_clear()
    reading = Reading.of("GoogleAnalyticsHootSuiteSocialMentionKurrently " * 85, "en")
    found = glued_names.glued_names(reading)
    assert len(calls) <= 2  # before: once per run, 22 times
    assert len(found) > 20 and {g.key for g in found} >= {"Google Analytics", "Hootsuite"}


@pytest.mark.parametrize(("attack", "line"), [
    ("unknown names in usage frames repeated", "We use Zorblax and Quintor via Flibber. "),
    ("one word repeated", "listen "),
    ("names one letter off and written apart, repeated", "hootsuit and Tweet Deck and google analitics "),
])
def test_a_reply_repeating_its_words_works_out_which_runs_read_as_names_once_per_window(
        attack: str, line: str) -> None:
    # The runs of up to three words a word starts, and which of them read as a tool's name, depend on
    # those words alone: a reply that repeats them is read at a few lines per word (about 50 before).
    reading = Reading.of(line * 100, "en")
    respelt.respelt_tools(reading, SpanSet())  # warm
    words = len(reading.text.split())
    assert steps(lambda: respelt.respelt_tools(reading, SpanSet()), [respelt.__file__]) < 20 * words, attack


def test_a_reply_repeating_unknown_names_in_frames_asks_how_each_name_is_written_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "We use Zorblax and Quintor via Flibber." 100 times: whether a word is written like a product
    # (a domain, CamelCase, capitals, or capitalised and rare) is remembered per word.
    asked: list[str] = []
    domain = tool_names._DOMAIN

    class Counting:
        def match(self, word: str) -> object:
            asked.append(word)
            return domain.match(word)

    monkeypatch.setattr(tool_names, "_DOMAIN", Counting())
    tool_names.product_like.cache_clear()
    reading = Reading.of("We use Zorblax and Quintor via Flibber. " * 100, "en")
    assert tools.find_tools(reading).evidence == ("Zorblax", "Quintor")
    assert asked.count("Zorblax") == asked.count("Quintor") == 1  # before: 100 each


def test_a_reply_repeating_unknown_names_in_frames_reads_the_names_after_a_frame_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The names after a usage frame (and the list they start) depend on the stretch of text after it
    # alone: the same stretch is read once, so a reply that repeats its sentences costs no more name
    # reading however long it is (before: three names read per sentence, 300 for 100 sentences).
    read: list[int] = []
    name_at = tool_names._name_at

    def counted(text: str, pos: int, skip: frozenset[str]) -> tuple[int, int] | None:
        read.append(pos)
        return name_at(text, pos, skip)

    monkeypatch.setattr(tool_names, "_name_at", counted)
    sentence = "We use Zorblax and Quintor via Flibber. "
    for repeats in (100, 400):
        tool_names._names_in.cache_clear()
        read.clear()
        assert tools.find_tools(Reading.of(sentence * repeats, "en")).evidence == ("Zorblax", "Quintor")
        # Only the stretches near the end differ (cut short by the end of the reply).
        assert len(read) < 3 * (tool_names._LIST_REACH // len(sentence) + 2), repeats
