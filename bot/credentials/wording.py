"""The human words of a credential (name, description, endorsementComment), from wording.toml.

Written for a recruiter: what was asked, when, what thresholds the reply met and which check decided,
and that it is an automated check rather than anyone's personal assessment.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bot.credentials.facts import EndorsementFacts


@dataclass(frozen=True, slots=True)
class Wording:
    issuer_description: str
    name: str
    description: str
    intro: str
    max_quotes: int
    max_quote_chars: int
    checks: dict[str, str]
    criteria: tuple[tuple[str, str], ...]  # (criterion key, label), in display order


@cache
def load_wording() -> Wording:
    data: dict[str, Any] = tomllib.loads(
        resources.files("bot.credentials").joinpath("wording.toml").read_text(encoding="utf-8")
    )
    comment = data["comment"]
    return Wording(
        issuer_description=data["issuer"]["description"],
        name=data["credential"]["name"],
        description=data["credential"]["description"],
        intro=comment["intro"],
        max_quotes=int(comment["max_quotes"]),
        max_quote_chars=int(comment["max_quote_chars"]),
        checks=dict(data["checks"]),
        criteria=tuple((c["key"], c["label"]) for c in data["criteria"]),
    )


def _checked_by(facts: EndorsementFacts, wording: Wording) -> str:
    names = [wording.checks.get(source, source) for source in dict.fromkeys(facts.checked_by)]
    if len(names) <= 1:
        return names[0] if names else wording.checks["rules"]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _fill(template: str, facts: EndorsementFacts, issuer_name: str) -> str:
    wording = load_wording()
    return template.format(
        endorser=facts.endorser_label,
        candidate_name=facts.candidate_name or "the candidate",
        issuer_name=issuer_name,
        asked_date=(facts.asked_at or facts.passed_at).date().isoformat(),
        date=facts.passed_at.date().isoformat(),
        checked_by=_checked_by(facts, wording),
        min_tools=facts.thresholds.min_tools,
        min_metrics=facts.thresholds.min_metrics,
        min_tips=facts.thresholds.min_tips,
    )


def issuer_description() -> str:
    return load_wording().issuer_description


def credential_name(facts: EndorsementFacts, issuer_name: str) -> str:
    return _fill(load_wording().name, facts, issuer_name)


def credential_description(facts: EndorsementFacts, issuer_name: str) -> str:
    return _fill(load_wording().description, facts, issuer_name)


# --- quotes: whole phrases ----------------------------------------------------------------------

_PARAGRAPH = re.compile(r"\n\s*\n")
# Where a phrase may end: after a sentence or clause mark followed by a space, or at the end.
_PHRASE_END = re.compile(r"[.!?;:](?=\s|$)")
_CLAUSE_END = re.compile(r"[.!?;:,](?=\s)")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(reply_text: str) -> list[str]:
    # A single newline is a line wrap inside a phrase; a blank line ends the paragraph.
    return [_flat(p) for p in _PARAGRAPH.split(reply_text) if p.strip()]


def whole_phrase(quote: str, reply_text: str, limit: int) -> str:
    """``quote`` extended to the end of its phrase in the reply, when the evidence stopped mid-phrase
    (for instance at a line wrap); unchanged when it cannot be found or the phrase is too long."""
    flat = _flat(quote)
    for paragraph in _paragraphs(reply_text):
        start = paragraph.find(flat)
        if start < 0:
            continue
        end = start + len(flat)
        if _PHRASE_END.match(paragraph, end - 1) or end == len(paragraph):
            return flat
        stop = _PHRASE_END.search(paragraph, end)
        phrase_end = stop.start() if stop else len(paragraph)
        phrase = paragraph[start:phrase_end]
        return phrase if len(phrase) <= limit else flat
    return flat


def _shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending at a clause boundary, never inside a phrase."""
    if len(text) <= limit:
        return text
    cuts = [m.start() for m in _CLAUSE_END.finditer(text, 0, limit)]
    return text[: cuts[-1]] + " …" if cuts else text


def _quote(text: str, reply_text: str, limit: int) -> str:
    return f"\u201c{_shorten(whole_phrase(text, reply_text, limit), limit)}\u201d"


def endorsement_comment(facts: EndorsementFacts) -> str:
    """The intro sentence, then one line per criterion quoting the candidate's own words."""
    wording = load_wording()
    lines = [_fill(wording.intro, facts, "")]
    for key, label in wording.criteria:
        quotes = [q for q in facts.evidence.get(key, ()) if q.strip()][: wording.max_quotes]
        if quotes:
            quoted = (_quote(q, facts.reply_text, wording.max_quote_chars) for q in quotes)
            lines.append(f"- {label}: " + "; ".join(quoted))
    return "\n".join(lines)
