"""Is a tool or metric negated or past ("I don't use any tools", "we cancelled Hootsuite")?

The scope is the clause: from the last boundary word ("but", "now", ", we") or the sentence start
up to the mention, and from the mention to the next boundary. The next sentence can take a mention
back too ("We used Hootsuite. I stopped using it." / "I loved Buffer. But no more."). Cues come
from bot/lexicons/negation.toml.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.evaluation.lexicon import COMPARISON_CUE, NOT_A_CUE, PHRASE_CUE, negation_matchers
from bot.evaluation.patterns import Hit, Prepared
from bot.evaluation.text import Layout, words

# Where the scope of a phrase cue ("instead of lurking, and ...") ends.
_PHRASE_END = re.compile(r"[,;:]")


@dataclass(frozen=True, slots=True)
class NegationScope:
    """The cues found once in a reply, so each mention is checked with two binary searches."""

    layout: Layout
    before: tuple[Hit, ...]
    after: tuple[Hit, ...]
    boundaries: tuple[int, ...]
    before_ends: tuple[int, ...]
    after_starts: tuple[int, ...]
    # Sentence index -> the cue in it that takes back what the sentence before named.
    takes_back: dict[int, str]

    @classmethod
    def build(cls, prepared: Prepared, layout: Layout, language: str) -> NegationScope:
        before, after, bounds, next_sentence = negation_matchers(language)
        b_hits = tuple(h for h in before.find(prepared) if h.key != NOT_A_CUE)
        a_hits = tuple(h for h in after.find(prepared) if h.key != NOT_A_CUE)
        boundary_starts = tuple(sorted(h.start for h in bounds.find(prepared)))
        takes_back: dict[int, str] = {}
        for hit in next_sentence.find(prepared):
            if _takes_back(layout, hit):
                takes_back.setdefault(layout.index_at(hit.start), layout.text[hit.start : hit.end])
        return cls(
            layout, b_hits, a_hits, boundary_starts, tuple(h.end for h in b_hits), tuple(h.start for h in a_hits),
            takes_back,
        )

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): from the last boundary before it to the next one."""
        sentence = self.layout.sentence_at(start)
        lo, hi = sentence.start, max(sentence.end, end)
        i = bisect.bisect_right(self.boundaries, start) - 1
        if i >= 0 and self.boundaries[i] >= lo:
            lo = self.boundaries[i]
        j = bisect.bisect_left(self.boundaries, end)
        if j < len(self.boundaries) and self.boundaries[j] < hi:
            hi = self.boundaries[j]
        return lo, hi

    def negation(self, start: int, end: int, *, compared: bool = True) -> str | None:
        """The cue that cancels the mention at [start, end), or None when it stands. ``compared``:
        a comparison ("Sprout versus Buffer") cancels it too (tools; a metric weighed against
        another is still watched)."""
        lo, hi = self.clause(start, end)
        # Cues ending inside [lo, start): the ends are sorted because hits do not overlap.
        i = bisect.bisect_left(self.before_ends, lo + 1)
        while i < len(self.before) and self.before[i].end <= start:
            cue = self.before[i]
            if (cue.start >= lo and (compared or cue.key != COMPARISON_CUE)
                    and not (cue.key == PHRASE_CUE and _PHRASE_END.search(self.layout.text, cue.end, start))):
                return self.layout.text[cue.start : cue.end]
            i += 1
        j = bisect.bisect_left(self.after_starts, end)
        while j < len(self.after) and self.after[j].start < hi:
            if compared or self.after[j].key != COMPARISON_CUE:
                return self.layout.text[self.after[j].start : self.after[j].end]
            j += 1
        return self._taken_back(start)

    def _taken_back(self, start: int) -> str | None:
        index = self.layout.index_at(start)
        following = index + 1
        if following >= len(self.layout.sentences):
            return None
        if self.layout.sentences[following].paragraph != self.layout.sentences[index].paragraph:
            return None
        return self.takes_back.get(following)


# Words that may stand around a whole-sentence cue: "But no more.", "Sadly, not anymore!"
_FILLER = frozenset(
    {"but", "and", "so", "well", "now", "oh", "sadly", "though", "anyway", "pero", "aber", "mais", "mas"}
)
# A cue with one of these points back at what the sentence before named.
_POINTERS = frozenset({"it", "them", "that", "lo", "la", "los", "es", "l", "le", "les", "o", "a"})


def _takes_back(layout: Layout, hit: Hit) -> bool:
    """A pointing cue ("stopped using it") anywhere in its sentence, or a bare one ("no more") that is
    the whole sentence."""
    cue = [w.lower() for w in words(layout.text[hit.start : hit.end])]
    if any(w in _POINTERS for w in cue) or any(w.endswith(("lo", "la")) and len(w) > 5 for w in cue):
        return True
    sentence = layout.sentence_at(hit.start)
    rest = layout.text[sentence.start : hit.start] + " " + layout.text[hit.end : sentence.end]
    return all(w.lower() in _FILLER for w in words(rest))
