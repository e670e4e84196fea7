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
    """The reply's paragraphs with runs of spaces collapsed and line breaks kept as single newlines."""
    paragraphs = []
    for paragraph in _PARAGRAPH.split(reply_text.replace("\r\n", "\n")):
        lines = [" ".join(line.split()) for line in paragraph.split("\n")]
        if any(lines):
            paragraphs.append("\n".join(line for line in lines if line))
    return paragraphs


def whole_phrase(quote: str, reply_text: str, limit: int) -> str:
    """``quote`` completed to the end of its phrase when the evidence stopped at a line wrap in the reply
    ("thank them, apologise for the" + newline + "trouble."); unchanged otherwise, or when the completed
    phrase would be longer than ``limit``."""
    flat = _flat(quote)
    if not flat:
        return flat
    # The quote's words, with any run of spaces or one line break between them.
    pattern = re.compile(r"[ \n]+".join(re.escape(word) for word in flat.split(" ")))
    for paragraph in _paragraphs(reply_text):
        found = pattern.search(paragraph)
        if found is None:
            continue
        end = found.end()
        if end >= len(paragraph) or paragraph[end] != "\n" or _PHRASE_END.match(paragraph, end - 1):
            return flat  # it ends where the writer ended it
        stop = _PHRASE_END.search(paragraph, end)
        phrase = _flat(paragraph[found.start(): stop.start() if stop else len(paragraph)])
        return phrase if len(phrase) <= limit else flat
    return flat


# What may stand between two quotes of one criterion for them to read as one list: "a, b and c".
_LIST_GAP = re.compile(r"\s*(?:,|;|&|\band\b|\bor\b|,\s*and\b|,\s*or\b)?\s*")


def _joined(quotes: list[str], reply_text: str, limit: int) -> list[str]:
    """Consecutive quotes that the reply writes as one list ("reach, CTR and response time") become
    that one phrase, so the comment quotes the candidate's sentence rather than its fragments."""
    flat_reply = _flat(reply_text)
    out: list[str] = []
    group: tuple[int, int] | None = None  # the span, in flat_reply, of the list being gathered
    for quote in quotes:
        start = flat_reply.find(quote)
        end = start + len(quote)
        if (group is not None and start >= group[1] and end - group[0] <= limit
                and _LIST_GAP.fullmatch(flat_reply, group[1], start)):
            group = (group[0], end)
            continue
        if group is not None:
            out.append(flat_reply[group[0]:group[1]])
        group = (start, end) if start >= 0 else None
        if group is None:
            out.append(quote)
    if group is not None:
        out.append(flat_reply[group[0]:group[1]])
    return out


def _distinct(quotes: list[str]) -> list[str]:
    """Drop a quote that another, longer quote of the same criterion already contains."""
    return [q for q in quotes if not any(q != other and q in other for other in quotes)]


def _shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending at a clause boundary, never inside a phrase."""
    if len(text) <= limit:
        return text
    cuts = [m.start() for m in _CLAUSE_END.finditer(text, 0, limit)]
    return text[: cuts[-1]] + " …" if cuts else text


def _quote(text: str, limit: int) -> str:
    return f"\u201c{_shorten(text, limit)}\u201d"


def endorsement_comment(facts: EndorsementFacts) -> str:
    """The intro sentence, then one line per criterion quoting the candidate's own words."""
    wording = load_wording()
    lines = [_fill(wording.intro, facts, "")]
    for key, label in wording.criteria:
        phrases = [whole_phrase(q, facts.reply_text, wording.max_quote_chars)
                   for q in facts.evidence.get(key, ()) if q.strip()]
        quotes = _joined(list(dict.fromkeys(_distinct(phrases))), facts.reply_text, wording.max_quote_chars)
        quotes = quotes[: wording.max_quotes]
        if quotes:
            lines.append(f"- {label}: " + "; ".join(_quote(q, wording.max_quote_chars) for q in quotes))
    return "\n".join(lines)
