"""The metrics criterion: distinct metrics the candidate watches, synonyms counted once.

Everyday words ("reach", "likes", "comments") count only in a sentence about metrics: one with a
cue word ("I track", "KPIs:") or with another metric in it. Described metrics ("the percentage of
comments we answer") count once per thing described.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from bot.evaluation.lexicon import lexicons
from bot.evaluation.patterns import Entry, Hit
from bot.evaluation.reading import Finding, Reading, distinct_finding

# After "percentage of", "number of"...: the thing being measured, skipping small words.
_DESCRIBED_THING = re.compile(
    r"\s++(?:(?:the|our|my|all|new|de|la|las|los|der|die|des|du|da|do|dos|das)\s++)*+([^\W\d_][\w'’-]{2,}+)"
)


def _overlaps(a: Hit, spans: list[Hit]) -> bool:
    """Whether ``a`` overlaps one of ``spans`` (sorted, non-overlapping, as Matcher.find returns them)."""
    i = bisect.bisect_left(spans, a.end, key=lambda h: h.start) - 1
    return i >= 0 and spans[i].end > a.start


def _cue_sentences(reading: Reading) -> set[int]:
    """Sentences about metrics, by a cue word in them or in their label."""
    out = set()
    for hit in lexicons().metric_cues.find(reading.prepared):
        out.add(reading.layout.index_at(hit.start))
    for i, sentence in enumerate(reading.layout.sentences):
        if sentence.label and reading.layout.index_at(sentence.label[0]) in out:
            out.add(i)
    return out


def _described(reading: Reading, concept_hits: list[Hit]) -> list[Hit]:
    out = []
    for hit in lexicons().described_metrics.find(reading.prepared):
        if _overlaps(hit, concept_hits):
            continue
        m = _DESCRIBED_THING.match(reading.prepared.lower, hit.end)
        if m is None:
            continue
        thing = Hit(hit.entry, hit.start, m.end())
        if _overlaps(Hit(hit.entry, hit.end, m.end()), concept_hits):
            continue  # "number of followers": the named metric counts instead
        key = "described:" + m.group(1).rstrip("s")
        out.append(Hit(Entry(key, hit.entry.phrase, True, hit.entry.lang), thing.start, thing.end))
    return out


def _in_context(reading: Reading, hit: Hit, cue_sentences: set[int], per_sentence: Counter[int]) -> bool:
    index = reading.layout.index_at(hit.start)
    return index in cue_sentences or per_sentence[index] >= 2


def find_metrics(reading: Reading) -> Finding:
    lex = lexicons()
    blockers = lex.not_metrics.find(reading.prepared)
    hits = [h for h in lex.metrics.find(reading.prepared) if not _overlaps(h, blockers)]
    hits += _described(reading, sorted(hits, key=lambda h: h.start))
    hits.sort(key=lambda h: h.start)
    hits = [h for h in hits if not reading.is_excluded(h.start, h.end)]
    cue_sentences = _cue_sentences(reading)
    per_sentence = Counter(reading.layout.index_at(h.start) for h in hits)
    found: list[tuple[str, int, int]] = []
    notes: list[str] = []
    for hit in hits:
        words = reading.words_of(hit)
        if hit.entry.needs_context and not _in_context(reading, hit, cue_sentences, per_sentence):
            continue
        cue = reading.negation.negation(hit.start, hit.end)
        if cue:
            notes.append(f"negated: {cue} … {words}")
            continue
        found.append((hit.key, hit.start, hit.end))
    return distinct_finding(found, reading.text, notes)
