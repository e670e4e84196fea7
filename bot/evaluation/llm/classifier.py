"""The LLM classifier, domain side: what is sent, what is asked, and what of the answer is believed.

Only the candidate's new text is sent (the parser already cut quotes and signature), with email
addresses and phone numbers redacted, fenced as untrusted data. The answer must follow JudgeAnswer;
each claim needs quotes that are found in the text the model saw, or it counts as not met. The prompt
version, the model and hashes of the input are kept so the verdict can be reproduced.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pydantic

from bot.clock import Clock
from bot.evaluation.llm.budget import DailyBudget, LlmStats, cost_usd, estimate_usd
from bot.evaluation.llm.port import LlmClient, LlmPermanentError, TokenUsage, error_kind
from bot.evaluation.llm.prompt import PromptTemplate, load_prompt
from bot.evaluation.llm.quotes import check_quotes, distinct_items
from bot.evaluation.llm.redact import redact
from bot.evaluation.result import CRITERIA, CriterionResult, Source
from bot.settings import EvaluationSettings, Settings

BUDGET_EXHAUSTED = "llm_budget_exhausted"
INPUT_TOO_LONG = "llm_input_too_long"


class CriterionAnswer(pydantic.BaseModel):
    # Quotes come first so the model points at evidence before it decides.
    model_config = pydantic.ConfigDict(extra="forbid")
    quotes: list[str]
    met: bool


class JudgeAnswer(pydantic.BaseModel):
    """The structured output asked of the model (sent as a strict JSON schema)."""

    model_config = pydantic.ConfigDict(extra="forbid")
    tools: CriterionAnswer
    metrics: CriterionAnswer
    angry_customer_tip: CriterionAnswer
    addresses_grader: bool


@dataclass(frozen=True, slots=True)
class LlmView:
    """What the model's answer is worth after verification."""

    criteria: dict[str, CriterionResult]
    # The model said the reply tries to instruct the grader: it can only make a verdict stricter.
    addresses_grader: bool
    details: dict[str, object] = field(default_factory=dict)

    @property
    def all_met(self) -> bool:
        return all(result.met for result in self.criteria.values())


def _thresholds(settings: EvaluationSettings) -> dict[str, int]:
    return {"tools": settings.min_tools, "metrics": settings.min_metrics, "angry_customer_tip": settings.min_tips}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class LlmClassifier:
    """``await classifier.classify(reply_text)`` -> LlmView, or LlmTransientError / LlmPermanentError."""

    def __init__(
        self,
        client: LlmClient,
        settings: Settings,
        clock: Clock,
        budget: DailyBudget | None = None,
        *,
        stats: LlmStats | None = None,
        prompt: PromptTemplate | None = None,
    ) -> None:
        self.client = client
        self.settings = settings
        self.budget = budget or DailyBudget(settings.llm.daily_budget_usd, clock)
        self.stats = stats or LlmStats()
        self.prompt = prompt or load_prompt(settings.llm.prompt_template)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def classify(self, reply_text: str) -> LlmView:
        if len(reply_text) > self.settings.llm.max_input_chars:
            self.stats.record_error(INPUT_TOO_LONG)
            raise LlmPermanentError(INPUT_TOO_LONG, f"{len(reply_text)} characters")
        redacted = redact(reply_text)
        input_hash = sha256(redacted)
        # The fence is derived from the text's own hash, so the text cannot contain it and close it early.
        rendered = self.prompt.render(redacted, self.settings.evaluation, boundary=f"REPLY-{input_hash[:20]}")
        if not await self.budget.allows(estimate_usd(len(rendered.system) + len(rendered.user), self.settings.llm)):
            self.stats.record_error(BUDGET_EXHAUSTED)
            raise LlmPermanentError(BUDGET_EXHAUSTED, f"daily budget {self.settings.llm.daily_budget_usd} USD spent")
        self.stats.calls += 1
        try:
            answer = await self.client.classify(rendered.system, rendered.user, JudgeAnswer)
        except LlmPermanentError as exc:
            self._charge(exc.usage)
            self.stats.record_error(exc.kind)
            raise
        except Exception as exc:
            self.stats.record_error(error_kind(exc))
            raise
        self.stats.answers += 1
        spent = self._charge(answer.usage)
        details: dict[str, object] = {
            "model": answer.model or self.settings.llm.model,
            "prompt_version": rendered.version,
            "input_sha256": input_hash,
            "request_sha256": sha256(rendered.system + "\n" + rendered.user),
            "prompt_tokens": answer.usage.prompt_tokens,
            "completion_tokens": answer.usage.completion_tokens,
            "cost_usd": round(spent, 6),
        }
        return self._verify(answer.parsed, redacted, details)

    def _charge(self, usage: TokenUsage) -> float:
        spent = cost_usd(usage, self.settings.llm)
        self.budget.charge(spent)
        self.stats.record_usage(usage, spent)
        return spent

    def _verify(self, parsed: JudgeAnswer, redacted: str, details: dict[str, object]) -> LlmView:
        thresholds = _thresholds(self.settings.evaluation)
        criteria: dict[str, CriterionResult] = {}
        views: dict[str, object] = {}
        for name in CRITERIA:
            claim: CriterionAnswer = getattr(parsed, name)
            check = check_quotes(claim.quotes, redacted)
            self.stats.rejected_quotes += len(check.rejected)
            # Believed only with enough distinct verified quotes; the model's "met" alone proves nothing.
            met = claim.met and distinct_items(check.verified) >= thresholds[name]
            notes = (f"llm claimed met; unverified quotes: {len(check.rejected)}",) if claim.met and not met else ()
            criteria[name] = CriterionResult(met, check.verified, Source.LLM, notes, llm_quotes=check.verified)
            views[name] = {
                "claimed": claim.met,
                "met": met,
                "quotes": list(check.verified),
                "rejected_quotes": list(check.rejected),
            }
        if parsed.addresses_grader:
            self.stats.manipulation_flags += 1
        details["criteria"] = views
        details["addresses_grader"] = parsed.addresses_grader
        return LlmView(criteria, parsed.addresses_grader, details)
