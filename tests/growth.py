"""How the CPU time of a reading grows with its input: the measure behind the linear-time tests.

Counted as a ratio, never against a fixed time: the same text eight times over must cost less than
``limit`` times as much (linear work stays near 8; quadratic work reaches 64 and more)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def _best_cpu(work: Callable[[str], object], text: str, runs: int) -> float:
    best = float("inf")
    gc.collect()
    gc.disable()  # a collection landing in one run is no growth of the reading's own
    try:
        for _ in range(runs):  # CPU time, the best of a few: a busy machine only ever adds to one
            start = time.process_time()
            work(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return max(best, 1e-4)


def cpu_growth(work: Callable[[str], object], small: str, big: str, *, limit: float = 24, tries: int = 5) -> float:
    """The smallest ratio of ``work(big)`` to ``work(small)`` over up to ``tries`` measurements, stopping at the
    first under ``limit``: load from other work can slow any one of them, a real blow-up grows every time."""
    ratio = float("inf")
    for _ in range(tries):
        ratio = min(ratio, _best_cpu(work, big, 2) / _best_cpu(work, small, 3))
        if ratio < limit:
            break
    return ratio
