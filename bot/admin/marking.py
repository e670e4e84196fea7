"""The candidate's text cut into segments, with the evidence the judge found marked for a reviewer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marked: bool


def mark_evidence(text: str, evidence: Iterable[str]) -> tuple[Segment, ...]:
    """Every occurrence of every evidence quote (case-insensitive) is marked; overlaps merge."""
    folded = text.casefold()
    spans: list[tuple[int, int]] = []
    for quote in {q.strip() for q in evidence if q.strip()}:
        needle, start = quote.casefold(), 0
        # casefold can change lengths (ß -> ss); then the offsets would lie, so such quotes stay unmarked.
        if len(needle) != len(quote) or len(folded) != len(text):
            continue
        while (found := folded.find(needle, start)) != -1:
            spans.append((found, found + len(needle)))
            start = found + len(needle)
    segments: list[Segment] = []
    position = 0
    for start, end in _merged(spans):
        if start > position:
            segments.append(Segment(text[position:start], False))
        segments.append(Segment(text[start:end], True))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:], False))
    return tuple(segments)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
