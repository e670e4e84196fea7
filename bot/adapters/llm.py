"""The one module that imports openai: a chat-completions client for OpenAI or any compatible server.

It asks for JSON that follows a pydantic schema, validates the answer itself and translates every
library failure into LlmTransientError (timeout, connection, 429, 5xx: retried here first) or
LlmPermanentError (refusal, malformed or off-schema JSON, other 4xx). The client's own retries are off
(max_retries=0) so that the total time spent is ours to bound: timeout_s per attempt, and never more
than timeout_s * attempts overall, Retry-After waits included; the inbox must not wait on a model.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import time
from collections.abc import Awaitable, Callable
from datetime import UTC
from typing import Any

import openai
import pydantic

from bot.evaluation.llm.port import (
    LlmAnswer,
    LlmPermanentError,
    LlmTransientError,
    SchemaT,
    TokenUsage,
)
from bot.settings import LlmSettings, Secret

# Local servers (Ollama, vLLM, LM Studio) ignore the key, but the openai client insists on one.
_NO_KEY = "no-key-configured"
_BACKOFF_BASE_S = 0.5

Sleep = Callable[[float], Awaitable[None]]


class _Retryable(Exception):
    def __init__(self, error: LlmTransientError, retry_after_s: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after_s = retry_after_s


class OpenAIChatClient:
    """``await client.classify(system, user, Schema)`` -> LlmAnswer; see the module docstring."""

    def __init__(
        self,
        settings: LlmSettings,
        api_key: Secret,
        *,
        sleep: Sleep = asyncio.sleep,
        on_retry: Callable[[str], None] | None = None,
    ) -> None:
        self._settings = settings
        self._sleep = sleep
        self._on_retry = on_retry
        self._client = openai.AsyncOpenAI(
            base_url=settings.base_url,
            api_key=api_key.value or _NO_KEY,
            timeout=settings.timeout_s,
            max_retries=0,
        )

    async def aclose(self) -> None:
        await self._client.close()

    async def check(self) -> str:
        """Ask the server which models it offers (costs no tokens): proves the address, the key and
        the model name before the first reply depends on them."""
        try:
            page = await self._client.models.list(timeout=self._settings.timeout_s)
        except openai.APIError as exc:
            failure = _translate(exc)
            raise failure.error if isinstance(failure, _Retryable) else failure from None
        offered = sorted(model.id for model in page.data)
        if self._settings.model not in offered:
            shown = ", ".join(offered[:8]) + (", ..." if len(offered) > 8 else "")
            raise LlmPermanentError("llm_model_not_offered", f"{self._settings.model!r} not among: {shown or 'none'}")
        return f"model {self._settings.model} offered"

    async def classify(self, system: str, user: str, schema: type[SchemaT]) -> LlmAnswer[SchemaT]:
        attempts = self._settings.max_retries + 1
        deadline = time.monotonic() + self._settings.timeout_s * attempts
        for attempt in range(attempts):
            remaining = deadline - time.monotonic()
            try:
                return await self._once(system, user, schema, min(self._settings.timeout_s, remaining))
            except _Retryable as retry:
                wait_s = retry.retry_after_s
                if wait_s is None:
                    wait_s = _BACKOFF_BASE_S * 2**attempt
                last = attempt == attempts - 1
                # A wait that would overrun the overall bound is a failure now, not a late one.
                if last or wait_s >= deadline - time.monotonic():
                    raise retry.error from None
                if self._on_retry is not None:
                    self._on_retry(retry.error.kind)
                await self._sleep(wait_s)
        raise LlmTransientError("llm_timeout", "no attempt left")  # unreachable: attempts >= 1

    async def _once(self, system: str, user: str, schema: type[SchemaT], timeout_s: float) -> LlmAnswer[SchemaT]:
        timeout_s = max(timeout_s, 0.001)
        try:
            # httpx2's timeout is per network read; a server trickling bytes would outlast it. This one is total.
            async with asyncio.timeout(timeout_s):
                completion = await self._client.chat.completions.create(
                    model=self._settings.model,
                    messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
                    response_format=_response_format(schema),
                    max_completion_tokens=self._settings.max_output_tokens,
                    temperature=self._settings.temperature,
                    timeout=timeout_s,
                )
        except TimeoutError:
            raise _Retryable(LlmTransientError("llm_timeout", "no answer within timeout_s")) from None
        except openai.APIError as exc:
            raise _translate(exc) from None
        return _answer(completion, schema)


def _response_format(schema: type[pydantic.BaseModel]) -> Any:
    """Structured output (OpenAI's json_schema, also spoken by Ollama, vLLM and LM Studio)."""
    return {
        "type": "json_schema",
        "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema(), "strict": True},
    }


def _answer(completion: Any, schema: type[SchemaT]) -> LlmAnswer[SchemaT]:
    usage = _usage(completion)
    if not completion.choices:
        raise _permanent("llm_malformed", "no choices in the answer", usage)
    choice = completion.choices[0]
    message = choice.message
    if getattr(message, "refusal", None):
        raise _permanent("llm_refused", "the model refused to answer", usage)
    if choice.finish_reason == "content_filter":
        raise _permanent("llm_refused", "content filter", usage)
    if choice.finish_reason == "length":
        raise _permanent("llm_truncated", "answer cut at max_output_tokens", usage)
    if not message.content:
        raise _permanent("llm_malformed", "empty answer", usage)
    try:
        parsed = schema.model_validate_json(message.content)
    except pydantic.ValidationError as exc:
        kind = "llm_malformed" if _is_json_error(exc) else "llm_schema_mismatch"
        raise _permanent(kind, f"{exc.error_count()} validation error(s)", usage) from None
    return LlmAnswer(parsed=parsed, usage=usage, model=str(completion.model or ""))


def _is_json_error(exc: pydantic.ValidationError) -> bool:
    return any(err.get("type") == "json_invalid" for err in exc.errors())


def _usage(completion: Any) -> TokenUsage:
    usage = getattr(completion, "usage", None)
    if usage is None:  # some local servers leave it out
        return TokenUsage()
    return TokenUsage(int(usage.prompt_tokens or 0), int(usage.completion_tokens or 0))


def _permanent(kind: str, detail: str, usage: TokenUsage) -> LlmPermanentError:
    # The tokens were spent even though the answer is useless: the budget must see them.
    return LlmPermanentError(kind, detail, usage=usage)


def _translate(exc: openai.APIError) -> Exception:
    """Library error -> retryable or permanent. Messages from the server are not copied: a 401's
    message may echo part of the key."""
    if isinstance(exc, openai.APITimeoutError):
        return _Retryable(LlmTransientError("llm_timeout", "no answer within timeout_s"))
    if isinstance(exc, openai.APIConnectionError):
        return _Retryable(LlmTransientError("llm_unreachable", "connection failed"))
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status == 429:
            retry_after = _retry_after_s(exc.response.headers)
            return _Retryable(LlmTransientError("llm_rate_limited", "HTTP 429"), retry_after)
        if status >= 500 or status == 408:
            return _Retryable(LlmTransientError("llm_server_error", f"HTTP {status}"), None)
        return LlmPermanentError("llm_client_error", f"HTTP {status}")
    if isinstance(exc, openai.APIResponseValidationError):
        return LlmPermanentError("llm_malformed", "response does not follow the chat-completions API")
    return LlmPermanentError("llm_error", type(exc).__name__)


def _retry_after_s(headers: Any) -> float | None:
    """Seconds to wait from Retry-After (RFC 9110 10.2.3: seconds or an HTTP-date) or retry-after-ms."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        seconds = _number(millis)
        return seconds / 1000 if seconds is not None else None
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    # An HTTP-date is relative to the server's Date header, which the response carries.
    server_now = headers.get("date")
    try:
        now = email.utils.parsedate_to_datetime(server_now) if server_now else None
    except (TypeError, ValueError):
        now = None
    if now is None or when.tzinfo is None:
        return None
    return max((when - now.astimezone(UTC)).total_seconds(), 0.0)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


__all__ = ["OpenAIChatClient"]
