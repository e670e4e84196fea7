"""Is a tool or metric negated or past ("I don't use any tools", "we cancelled Hootsuite")?

The scope is the clause: from the last boundary word ("but", "now", ", we") or the sentence start
up to the mention, and from the mention to the next boundary. Cues come from bot/lexicons/negation.toml.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from bot.evaluation.lexicon import negation_matchers
from bot.evaluation.patterns import Hit, Prepared
from bot.evaluation.text import Layout


@dataclass(frozen=True, slots=True)
class NegationScope:
    """The cues found once in a reply, so each mention is checked with two binary searches."""

    layout: Layout
    before: tuple[Hit, ...]
    after: tuple[Hit, ...]
    boundaries: tuple[int, ...]
    before_ends: tuple[int, ...]
    after_starts: tuple[int, ...]

    @classmethod
    def build(cls, prepared: Prepared, layout: Layout, language: str) -> NegationScope:
        before, after, bounds = negation_matchers(language)
        b_hits = tuple(before.find(prepared))
        a_hits = tuple(after.find(prepared))
        boundary_starts = tuple(sorted(h.start for h in bounds.find(prepared)))
        return cls(
            layout, b_hits, a_hits, boundary_starts, tuple(h.end for h in b_hits), tuple(h.start for h in a_hits)
        )

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        sentence = self.layout.sentence_at(start)
        lo, hi = sentence.start, max(sentence.end, end)
        i = bisect.bisect_right(self.boundaries, start) - 1
        if i >= 0 and self.boundaries[i] >= lo:
            lo = self.boundaries[i]
        j = bisect.bisect_left(self.boundaries, end)
        if j < len(self.boundaries) and self.boundaries[j] < hi:
            hi = self.boundaries[j]
        return lo, hi

    def negation(self, start: int, end: int) -> str | None:
        """The cue that cancels the mention at [start, end), or None when it stands."""
        lo, hi = self._clause(start, end)
        # Cues ending inside [lo, start): the ends are sorted because hits do not overlap.
        i = bisect.bisect_left(self.before_ends, lo + 1)
        while i < len(self.before) and self.before[i].end <= start:
            if self.before[i].start >= lo:
                return self.layout.text[self.before[i].start : self.before[i].end]
            i += 1
        j = bisect.bisect_left(self.after_starts, end)
        if j < len(self.after) and self.after[j].start < hi:
            return self.layout.text[self.after[j].start : self.after[j].end]
        return None
