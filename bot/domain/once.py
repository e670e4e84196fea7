"""A value worked out when first asked for, then kept: what ``functools.cache`` gives a function of no arguments,
without what making such a cache costs.

The finders make such a value for one reply at a time ("the sentences answering the tools question, read only if an
everyday-word name needs them"). ``functools.cache`` builds an LRU wrapper for each and copies the function's name,
docstring and attributes onto it (``functools.update_wrapper``): about 18 k instructions, against 2 k for a closure,
and the plain reply's judgement made four of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

_UNSET = object()


class Once(Generic[T]):
    """``make()``, called at the first call of this object and kept for the later ones; an exception it raises is not
    kept (the next call calls it again), as with ``functools.cache``. Usable as a decorator."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._value: object = _UNSET

    def __call__(self) -> T:
        value = self._value
        if value is _UNSET:
            value = self._value = self._make()
        return value  # type: ignore[return-value]
