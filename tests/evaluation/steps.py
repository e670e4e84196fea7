"""Counting work instead of timing it: every line of Python executed in the given modules is one step.

The linear-time tests compare the steps for a text against the steps for eight times that text. A count
does not depend on the machine's load, so such a test cannot fail because CI was busy.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection
from types import FrameType
from typing import Any


def steps(call: Callable[[], object], files: Collection[str]) -> int:
    """How many lines of Python ``call`` executes inside ``files`` (module ``__file__`` paths)."""
    watched = frozenset(files)
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename in watched else None

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return count
