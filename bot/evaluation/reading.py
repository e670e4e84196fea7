"""Everything worked out once per reply and shared by the three criteria finders."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from bot.domain.quick_init import quick_init
from bot.evaluation.lexicon import lexicons
from bot.evaluation.negation import NegationScope
from bot.evaluation.patterns import Hit, Prepared
from bot.evaluation.text import Layout, Sentence, layout


@quick_init
@dataclass(frozen=True, slots=True)
class Finding:
    """What one finder saw: distinct items with the candidate's words for each."""

    evidence: tuple[str, ...] = ()
    # How many distinct things were found (tools, metrics, tips).
    count: int = 0
    # Something was found that the rules cannot confirm or rule out (goes to a person).
    unsure: bool = False
    notes: tuple[str, ...] = ()
    # Where the counted mentions are in the reply text.
    spans: tuple[tuple[int, int], ...] = ()
    # How it was found, one line per piece of evidence or rule ("the answer under the label 'Tip'").
    why: tuple[str, ...] = ()
    # What may be more of the same but the rules cannot confirm (calibrated doubt, issue 9 item 5): an
    # unknown item in a list of metrics, a product-like name outside any usage frame. Never counted; when
    # it would make up the shortfall, a person decides instead of a fail.
    doubtful: tuple[str, ...] = ()
    # The part of the reply answering this question answers it about something else ("Mon conseil : publiez trois
    # fois par semaine et soignez vos visuels" under the tip's label): a clear gap, not partial evidence.
    elsewhere: bool = False


@quick_init
@dataclass(frozen=True, slots=True)
class Reading:
    prepared: Prepared
    layout: Layout
    language: str
    negation: NegationScope
    # Spans that are not the candidate's answer: questions and our own request's wording.
    excluded: tuple[tuple[int, int], ...]
    # prepared.text, kept in a slot: the finders read it a thousand times in a dense reply, and a property
    # was a call each time. Not compared, hashed or shown (prepared is).
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.prepared.text)

    @classmethod
    def of(cls, text: str, language: str) -> Reading:
        prepared = Prepared.of(text)
        lay = layout(text)
        spans = [(s.start, s.end) for s in lay.sentences if text[s.start : s.end].rstrip().endswith("?")]
        spans += [(h.start, h.end) for h in lexicons().echo.find(prepared)]
        return cls(prepared, lay, language, NegationScope.build(prepared, lay, language), _merged(spans))

    def is_excluded(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.excluded, (start, len(self.text) + 1)) - 1
        return i >= 0 and end <= self.excluded[i][1]

    def sentence(self, pos: int) -> Sentence:
        return self.layout.sentence_at(pos)

    def words_of(self, hit: Hit) -> str:
        return self.text[hit.start : hit.end]


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping spans, so one binary search answers "is this inside one?"."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return tuple(out)


def distinct_finding(items: list[tuple[str, int, int]], text: str, notes: list[str],
                     why: dict[str, str] | None = None) -> Finding:
    """A finding with one piece of evidence per distinct key (its first mention), in reply order.
    ``why``: for a key, how it was found; reported as "<evidence>: <how>"."""
    seen: set[str] = set()
    evidence: list[str] = []
    reasons: list[str] = []
    spans: list[tuple[int, int]] = []
    for key, start, end in items:
        spans.append((start, end))
        if key.lower() in seen:
            continue
        seen.add(key.lower())
        evidence.append(text[start:end])
        if why and key in why:
            reasons.append(f"{text[start:end]}: {why[key]}")
    return Finding(evidence=tuple(evidence), count=len(evidence), notes=tuple(notes), spans=tuple(spans),
                   why=tuple(reasons))
