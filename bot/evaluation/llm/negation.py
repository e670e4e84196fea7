"""A model's quote is proof only where the reply does not take it back (issue 10 item 12).

"I don't use Hootsuite any more" contains the quote "Hootsuite"; the quote verifies, the claim does
not. The rules' negation scope (bot/lexicons/negation.toml) decides, as it does for the rules' own
findings, so `llm` mode needs the same proof as `both`.
"""

from __future__ import annotations

import dataclasses
import re

from bot.evaluation.llm.classifier import LlmView
from bot.evaluation.llm.quotes import distinct_items
from bot.evaluation.reading import Reading
from bot.evaluation.result import CriterionResult
from bot.evaluation.subjects import someone_elses
from bot.settings import EvaluationSettings

# Tips may carry their own negation ("never argue in public"): only a cue before them cancels one.
_CUES_INSIDE_COUNT = frozenset({"tools", "metrics"})


def _occurrences(quote: str, text: str) -> list[tuple[int, int]]:
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


# Where a sentence ends: the first of these after a quote says whether it was asked or said.
_SENTENCE_END = re.compile(r"[.!?\n]")


def _asked(text: str, end: int) -> bool:
    """The quote sits in a question ("Do I use Hootsuite or Canva? Never."): asked, not said. The rules never
    count a name in a question either."""
    found = _SENTENCE_END.search(text, end)
    return found is not None and found.group() == "?"


def _negated(reading: Reading, start: int, end: int, cues_inside: bool) -> bool:
    if reading.negation.negation(start, end) is not None:
        return True
    if cues_inside and any(start <= hit.start and hit.end <= end for hit in reading.negation.before):
        return True
    # Red-team variants (issue 10 item 12): what the reply asks, or says of someone else ("My colleague uses
    # Hootsuite and Canva ... I have no experience myself"), proves nothing of the candidate, as in the rules.
    return _asked(reading.text, end) or someone_elses(reading, start, end) is not None


def standing_quotes(quotes: tuple[str, ...], reading: Reading, cues_inside: bool) -> tuple[str, ...]:
    """The quotes found at least once where nothing negates them, outside a question and not said of someone
    else."""
    out = []
    for quote in quotes:
        spans = _occurrences(quote, reading.text)
        if any(not _negated(reading, s, e, cues_inside) for s, e in spans):
            out.append(quote)
    return tuple(out)


def without_negated(view: LlmView, reply_text: str, language: str, settings: EvaluationSettings) -> LlmView:
    """The view with negated quotes dropped and each criterion re-counted against its threshold."""
    thresholds = {"tools": settings.min_tools, "metrics": settings.min_metrics, "angry_customer_tip": settings.min_tips}
    reading = Reading.of(reply_text, language)
    criteria: dict[str, CriterionResult] = {}
    for name, result in view.criteria.items():
        if not result.met:
            criteria[name] = result
            continue
        kept = standing_quotes(result.evidence, reading, name in _CUES_INSIDE_COUNT)
        if distinct_items(kept) >= thresholds.get(name, 1):
            criteria[name] = dataclasses.replace(result, evidence=kept, llm_quotes=kept)
            continue
        dropped = [q for q in result.evidence if q not in kept]
        note = "llm quotes negated in the reply: " + "; ".join(dropped)
        criteria[name] = dataclasses.replace(result, met=False, evidence=kept, llm_quotes=kept,
                                             notes=(*result.notes, note))
    return dataclasses.replace(view, criteria=criteria)
