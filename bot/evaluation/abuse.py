"""Harassment, slurs, threats of violence and talk of self-harm: a person must look, the bot must not
answer automatically. Lexicon: bot/lexicons/abuse.toml (one list per kind)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.evaluation.lexicon import make_entry, toml_table
from bot.evaluation.patterns import Matcher, Prepared


@dataclass(frozen=True, slots=True)
class AbuseFinding:
    kind: str  # harassment, slurs, threats, self_harm
    words: str


@cache
def _matcher() -> Matcher:
    table = toml_table("abuse.toml")
    return Matcher(make_entry(kind, phrase) for kind, section in table.items() for phrase in section["words"])


# abuse.toml [not_abuse]: phrases that win over a list's words inside them and are no abuse.
_NOT_ABUSE = "not_abuse"


def find_abuse(text: str | Prepared) -> tuple[AbuseFinding, ...]:
    prepared = text if isinstance(text, Prepared) else Prepared.of(text)
    return tuple(AbuseFinding(h.key, prepared.text[h.start : h.end]) for h in _matcher().find(prepared)
                 if h.key != _NOT_ABUSE)
