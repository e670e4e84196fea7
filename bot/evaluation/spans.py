"""A set of text spans that answers "does this span overlap one of them?" by binary search.

The finders used to ask that with ``any(lo < end and start < hi for lo, hi in spans)`` for every
candidate, which is quadratic: a reply of 300 KB naming a tool on every line took 88 s. A span
overlaps one of a set exactly when it overlaps their union, so the set keeps the union as sorted,
disjoint intervals; the only interval that can overlap a query is the last one starting before the
query ends.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanSet:
    """Non-empty half-open spans ``(start, end)``; empty ones never overlap anything and are dropped."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(spans):
            if start >= end:
                continue
            if ends and start < ends[-1]:
                if end > ends[-1]:
                    ends[-1] = end
            else:
                starts.append(start)
                ends.append(end)
        self._starts = starts
        self._ends = ends

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``start < hi and lo < end`` for some span ``(lo, hi)`` of the set."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and start < self._ends[i]

    def covers(self, start: int, end: int) -> bool:
        """True when one interval of the set's union holds ``(start, end)`` whole."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]

    def add(self, start: int, end: int) -> None:
        if start >= end:
            return
        # The intervals that strictly overlap the new one are merged with it (touching ones are kept
        # apart, so a span that only touches the set does not count as overlapping it).
        lo = bisect.bisect_right(self._ends, start)
        hi = bisect.bisect_left(self._starts, end)
        if lo < hi:
            start, end = min(start, self._starts[lo]), max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]

    def __len__(self) -> int:
        return len(self._starts)

    def extent(self) -> tuple[int, int]:
        """Where the first span starts and the last one ends; (0, 0) when there is none."""
        return (self._starts[0], self._ends[-1]) if self._starts else (0, 0)
