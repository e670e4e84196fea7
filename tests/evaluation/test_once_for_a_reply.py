"""Issue 9 (the plain reply's judgement at most twice the bare stdlib parse): what a finder reads about a reply only
when first asked (tools' "the sentences answering the tools question", advice's other party, tips' other targets) is
kept by bot.domain.once.Once instead of a functools.cache made for each reply. Checked against functools.cache on random
sequences of calls: the same values, the function called as often, an exception kept by neither."""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache

from bot.domain.once import Once


def _counting(outcomes: list[object]) -> tuple[Callable[[], object], list[int]]:
    calls = [0]

    def make() -> object:
        outcome = outcomes[calls[0] % len(outcomes)]
        calls[0] += 1
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return make, calls


def _calls(ask: Callable[[], object], times: int) -> list[object]:
    seen: list[object] = []
    for _ in range(times):
        try:
            seen.append(ask())
        except ValueError as error:
            seen.append(("raised", str(error)))
    return seen


def test_once_answers_as_functools_cache() -> None:
    rng = random.Random("once")
    for _ in range(500):
        outcomes: list[object] = [rng.choice([None, 0, False, (), {1}, [], "x", ValueError("no")])
                                  for _ in range(rng.randint(1, 4))]
        times = rng.randint(0, 6)
        made, made_calls = _counting(outcomes)
        cached, cached_calls = _counting(outcomes)
        once_seen = _calls(Once(made), times)
        cache_seen = _calls(cache(cached), times)
        assert once_seen == cache_seen and made_calls == cached_calls, (outcomes, times)
        assert all(a is b for a, b in zip(once_seen, cache_seen, strict=True) if not isinstance(a, tuple))


def test_once_as_a_decorator_keeps_its_first_value() -> None:
    values: list[list[int]] = []

    @Once
    def read() -> list[int]:
        values.append([len(values)])
        return values[-1]

    first = read()
    assert read() is first and values == [[0]]
