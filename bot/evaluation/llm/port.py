"""What the LLM classifier needs from a chat model, and the errors it may raise.

The domain side (bot.evaluation.llm.classifier) talks to this interface only; bot.adapters.llm implements it with
the openai client. Keeping the types here means nothing outside the adapter imports openai.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import pydantic

from bot.ports import PermanentError, TransientError

SchemaT = TypeVar("SchemaT", bound=pydantic.BaseModel)


@dataclass(frozen=True, slots=True)
class TokenUsage:
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass(frozen=True, slots=True)
class LlmAnswer(Generic[SchemaT]):
    """A parsed, schema-valid answer; ``model`` is what the server says answered (may differ from asked)."""

    parsed: SchemaT
    usage: TokenUsage
    model: str


class LlmClient(Protocol):
    async def classify(self, system: str, user: str, schema: type[SchemaT]) -> LlmAnswer[SchemaT]:
        """One structured answer, or LlmTransientError / LlmPermanentError."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


class LlmTransientError(TransientError):
    """The model may answer later: timeout, connection refused, 429, 5xx (after our own retries)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


class LlmPermanentError(PermanentError):
    """Asking again will not help: refusal, malformed or off-schema JSON, 4xx, budget spent."""

    def __init__(self, kind: str, detail: str = "", *, usage: TokenUsage | None = None) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        # Tokens the failed answer still cost (a malformed answer is billed like a good one).
        self.usage = usage or TokenUsage()


def error_kind(exc: BaseException) -> str:
    """A short counter name for any failure of the LLM path."""
    kind = getattr(exc, "kind", None)
    if isinstance(kind, str):
        return kind
    if isinstance(exc, TimeoutError):
        return "llm_timeout"
    return "llm_" + type(exc).__name__.lower()
