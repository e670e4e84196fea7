"""A daily spending cap for the model, in USD computed from token usage, and counters for admins."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date

from bot.clock import Clock
from bot.evaluation.llm.port import TokenUsage
from bot.settings import LlmSettings

_PER_MTOK = 1_000_000
# A cheap, pessimistic token estimate for the check before a call (English runs ~4 chars a token).
_CHARS_PER_TOKEN_ESTIMATE = 3


def cost_usd(usage: TokenUsage, settings: LlmSettings) -> float:
    return (
        usage.prompt_tokens * settings.input_usd_per_mtok + usage.completion_tokens * settings.output_usd_per_mtok
    ) / _PER_MTOK


def estimate_usd(prompt_chars: int, settings: LlmSettings) -> float:
    """The most one call can cost: the prompt, plus an answer as long as allowed."""
    worst = TokenUsage(prompt_chars // _CHARS_PER_TOKEN_ESTIMATE + 1, settings.max_output_tokens)
    return cost_usd(worst, settings)


# Today's spend as recorded with the verdicts (all instances, all restarts), in USD.
RecordedSpend = Callable[[], Awaitable[float]]


class DailyBudget:
    """Money spent on the model today (UTC day from the Clock). Mutable on purpose: it is a running total.

    Each verdict records what its call cost (a counter per day, in the database). Given ``recorded``,
    the budget reads that figure before every call, so several instances and a restarted daemon
    share one cap: the larger of it and this process's own total counts (its own newest call may
    not be committed yet). Without it (``endorsebot evaluate``) the cap is this process's alone.
    """

    def __init__(self, limit_usd: float, clock: Clock, *, day: date | None = None, spent_usd: float = 0.0,
                 recorded: RecordedSpend | None = None) -> None:
        self.limit_usd = limit_usd
        self._clock = clock
        self._recorded = recorded
        self.day = day or clock.now().date()
        self.spent_usd = spent_usd

    async def allows(self, estimate_usd: float) -> bool:
        """True if a call costing up to ``estimate_usd`` stays within today's limit."""
        self._roll()
        if self._recorded is not None:
            self.spent_usd = max(self.spent_usd, await self._recorded())
        return self.spent_usd + estimate_usd <= self.limit_usd

    def charge(self, amount_usd: float) -> None:
        self._roll()
        self.spent_usd += amount_usd

    def _roll(self) -> None:
        today = self._clock.now().date()
        if today != self.day:
            self.day, self.spent_usd = today, 0.0


@dataclass
class LlmStats:
    """Counters of the LLM path for admins (mutable: it accumulates). The lead persists ``snapshot()``."""

    calls: int = 0
    answers: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    rejected_quotes: int = 0
    disagreements: int = 0
    manipulation_flags: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    def record_usage(self, usage: TokenUsage, amount_usd: float) -> None:
        self.prompt_tokens += usage.prompt_tokens
        self.completion_tokens += usage.completion_tokens
        self.cost_usd += amount_usd

    def record_error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    def record_retry(self, kind: str) -> None:
        self.retries += 1

    def snapshot(self) -> dict[str, object]:
        return {
            "calls": self.calls,
            "answers": self.answers,
            "retries": self.retries,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "cost_usd": round(self.cost_usd, 6),
            "rejected_quotes": self.rejected_quotes,
            "disagreements": self.disagreements,
            "manipulation_flags": self.manipulation_flags,
            "errors": dict(sorted(self.errors.items())),
            "error_total": sum(self.errors.values()),
        }
