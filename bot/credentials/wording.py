"""The human words of a credential (name, description, endorsementComment), from wording.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bot.credentials.facts import EndorsementFacts


@dataclass(frozen=True, slots=True)
class Wording:
    name: str
    description: str
    intro: str
    max_quotes: int
    max_quote_chars: int
    criteria: tuple[tuple[str, str], ...]  # (criterion key, label), in display order


@cache
def load_wording() -> Wording:
    data: dict[str, Any] = tomllib.loads(
        resources.files("bot.credentials").joinpath("wording.toml").read_text(encoding="utf-8")
    )
    comment = data["comment"]
    return Wording(
        name=data["credential"]["name"],
        description=data["credential"]["description"],
        intro=comment["intro"],
        max_quotes=int(comment["max_quotes"]),
        max_quote_chars=int(comment["max_quote_chars"]),
        criteria=tuple((c["key"], c["label"]) for c in data["criteria"]),
    )


def _fill(template: str, facts: EndorsementFacts) -> str:
    return template.format(
        endorser_name=facts.endorser_name or facts.endorser_email,
        candidate_name=facts.candidate_name or facts.candidate_email,
        date=facts.passed_at.date().isoformat(),
    )


def _quote(text: str, limit: int) -> str:
    # One line per quote: evidence may span lines in the reply, the comment reads as prose.
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"\u201c{flat}\u201d"


def credential_name(facts: EndorsementFacts) -> str:
    return _fill(load_wording().name, facts)


def credential_description(facts: EndorsementFacts) -> str:
    return _fill(load_wording().description, facts)


def endorsement_comment(facts: EndorsementFacts) -> str:
    """The intro sentence, then one line per criterion quoting the candidate's evidence."""
    wording = load_wording()
    lines = [_fill(wording.intro, facts)]
    for key, label in wording.criteria:
        quotes = [q for q in facts.evidence.get(key, ()) if q.strip()][: wording.max_quotes]
        if quotes:
            lines.append(f"- {label}: " + ", ".join(_quote(q, wording.max_quote_chars) for q in quotes))
    return "\n".join(lines)
