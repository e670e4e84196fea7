"""Issue 10 (no message takes more than 1 s per MB to judge): what the smallest dense replies (a quoted-printable
body, spaced-out letters, 3 KB) had read twice is read once. Each shortcut is checked against the form it replaces on
random texts built from what that form reads."""

from __future__ import annotations

import random
import re

import pytest

from bot.evaluation import patterns
from bot.evaluation.keywords import cut_keywords
from bot.evaluation.patterns import Prepared, lowered, one_judgement, prepare_cut

_PIECES = ["listen", "reach", "l'écoute", "dell'engagement", "don't", "it's", "Shopify's", "‘angry’", "'s", "'", "’",
           "a", "ab", "abc", "abcd", "_", "x_y", "Σ", "ΟΔΟΣ", "İ", "é", "12", "ʼ", "qu'il", "rock'n'roll", "Hootsuite"]
_JOINS = [" ", "", "", ", ", "-", "\n", "'", "’", "=E2=80=94 "]


def _random_text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_JOINS) for _ in range(rng.randint(1, most)))


def _as_built(prepared: Prepared) -> tuple[object, ...]:
    return prepared.text, prepared.lower, list(prepared.index.items()), prepared.keys, list(prepared.rank.items())


def test_a_cut_texts_word_index_made_from_a_longer_texts_is_its_own() -> None:
    """patterns.prepare_cut prepares the start of a text from the word index of the text or of a longer head of it
    (_index_before: the places from the run of the last word on taken out, that word read again): the same keys in
    the same order, the same places, as the cut text indexed alone, on random texts of words, apostrophes, elisions,
    possessives, "_" and letters that grow or change when lower-cased, cut at every place. Fails when the last word
    is kept as the longer text has it, or its run's start is told wrong."""
    rng = random.Random("cut index")
    compared = 0
    for _ in range(300):
        text = _random_text(rng, 25)
        for end in range(len(text) + 1):
            for longer in (len(text), min(len(text), end + rng.randint(0, 12))):
                shorter = text[:end]
                with one_judgement():
                    source = Prepared.of(text) if longer == len(text) else Prepared.head_of(text, longer)
                    prepare_cut(shorter, source)
                    made = Prepared.of(shorter)
                assert _as_built(made) == _as_built(Prepared._build(shorter)), (text, end, longer)
                compared += 1
    assert compared > 10_000, compared


def test_the_start_of_a_run_found_in_a_window_is_the_runs() -> None:
    """patterns._run_start looks for the run of word characters ending at a place in a window before it, widened while
    the run reaches the window's start: the same start as a search from the text's start, for runs shorter and far
    longer than the window. Fails when the window is not widened."""
    rng = random.Random("runs")
    letters = ["a", "é", "'", "’", "1", "_", " ", "-", "\n", "x" * 40, "y" * 150]
    whole_search = re.compile(r"[\w'’‘ʼ]++\Z")
    compared = 0
    for _ in range(200):
        lower = "".join(rng.choice(letters) for _ in range(rng.randint(1, 30)))
        for end in range(len(lower) + 1):
            run = whole_search.search(lower, 0, end)
            assert patterns._run_start(lower, end) == (end if run is None else run.start()), (lower, end)
            compared += 1
    assert compared > 5_000, compared


def test_a_reply_cut_at_its_keyword_bound_is_read_with_the_index_of_its_head(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dense reply cut at its fiftieth keyword in a head of it (the quoted-printable body's shape) is prepared for the
    rules from that head: the same preparation as the cut text's own, and none made for it from its start. Fails when
    the cut text is not prepared by the keyword bound."""
    text = "I use Hootsuite =E2=80=94 re=\nach. " * 90
    built = Prepared._build
    made: list[int] = []

    def counted(cls: type[Prepared], source: str) -> Prepared:
        made.append(len(source))
        return built(source)

    with one_judgement():
        shorter = cut_keywords(text, 50)
        assert len(shorter) < len(text) // 2
        monkeypatch.setattr(Prepared, "_build", classmethod(counted))
        prepared = Prepared.of(shorter)
        monkeypatch.undo()
    assert made == []
    assert _as_built(prepared) == _as_built(Prepared._build(shorter))
    assert lowered(shorter) == prepared.lower
