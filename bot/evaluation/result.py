"""The shape of a judgement, shared by the rules, the LLM classifier and everything downstream."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from bot.domain.quick_init import quick_init

CRITERIA: tuple[str, ...] = ("tools", "metrics", "angry_customer_tip")


class Verdict(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NEEDS_REVIEW = "needs_review"
    NOT_EVALUATED = "not_evaluated"


class Source(enum.StrEnum):
    RULES = "rules"
    LLM = "llm"
    BOTH = "both"


@quick_init
@dataclass(frozen=True, slots=True)
class CriterionResult:
    met: bool
    # The candidate's own words that support the finding, as they appear in the reply text.
    evidence: tuple[str, ...] = ()
    source: Source = Source.RULES
    # Free-form notes for reviewers (e.g. "negated: we cancelled Hootsuite").
    notes: tuple[str, ...] = ()
    # Quotes the LLM gave that were found in the reply text (only those are ever believed).
    llm_quotes: tuple[str, ...] = ()
    # How the rules found it, so an admin sees the reasoning: which frame or rule fired
    # ("named in a usage frame: 'we use'", "the answer under the label 'Tip'").
    why: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    criteria: dict[str, CriterionResult]
    # Short machine-readable reasons, e.g. "missing:metrics", "language:ja", "manipulation".
    reasons: tuple[str, ...] = ()
    language: str = "en"
    # Text tried to steer the grader (prompt injection): needs_review and an admin alert.
    manipulation: bool = False
    # Harassment, slurs, threats: escalate, never auto-reply.
    abusive: bool = False
    # Extra details (LLM model, prompt version, input hash, the LLM's view, errors).
    details: dict[str, object] = field(default_factory=dict)

    def criteria_json(self) -> dict[str, dict[str, object]]:
        out: dict[str, dict[str, object]] = {}
        for name, r in self.criteria.items():
            out[name] = {"met": r.met, "evidence": list(r.evidence), "source": str(r.source)}
            if r.llm_quotes:  # only where the LLM was asked and its quotes verified
                out[name]["llm_quotes"] = list(r.llm_quotes)
            if r.why:
                out[name]["why"] = list(r.why)
            if r.notes:
                out[name]["notes"] = list(r.notes)
        return out


class JudgeTimeout(Exception):
    """The rules took longer than ``[evaluation] judge_budget_s`` for one reply (the processor
    quarantines the message as ``judge_timeout``)."""


class ParseTimeout(Exception):
    """Parsing one message took longer than ``[evaluation] parse_budget_s`` (the processor quarantines it
    as ``parse_timeout``, without a ParsedMail)."""
