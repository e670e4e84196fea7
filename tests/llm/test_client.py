"""The openai adapter against a real loopback server: answers, refusals, bad JSON, 429, 5xx, hangs."""

from __future__ import annotations

import logging

import pydantic
import pytest

from bot.adapters.llm import OpenAIChatClient
from bot.evaluation.llm.budget import LlmStats
from bot.evaluation.llm.port import LlmPermanentError, LlmTransientError, TokenUsage
from bot.settings import Secret, Settings
from tests.llm.conftest import API_KEY, HANG_TIMEOUT_S, RecordedSleeps
from tests.llm.fake_server import FakeChatServer, answer, completion, error, hang, refusal


class Colour(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    name: str
    warm: bool


async def test_a_schema_valid_answer_is_parsed_with_its_usage_and_model(
    client: OpenAIChatClient, llm_server: FakeChatServer
) -> None:
    llm_server.script(answer({"name": "red", "warm": True}, model="judge-model-2026", prompt_tokens=50,
                             completion_tokens=7))

    got = await client.classify("system words", "user words", Colour)

    assert got.parsed == Colour(name="red", warm=True)
    assert got.usage == TokenUsage(50, 7)
    assert got.model == "judge-model-2026"


async def test_the_request_asks_for_the_configured_model_and_a_strict_json_schema(
    client: OpenAIChatClient, llm_server: FakeChatServer
) -> None:
    llm_server.script(answer({"name": "red", "warm": True}))

    await client.classify("system words", "user words", Colour)

    (request,) = llm_server.requests
    assert request.path == "/v1/chat/completions"
    assert request.body["model"] == "judge-model"
    assert request.message("system") == "system words"
    assert request.message("user") == "user words"
    response_format = request.body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    assert set(response_format["json_schema"]["schema"]["required"]) == {"name", "warm"}


async def test_malformed_json_is_a_permanent_error_and_still_reports_the_tokens_spent(
    client: OpenAIChatClient, llm_server: FakeChatServer
) -> None:
    llm_server.script(completion('{"name": "red", "warm": tr', prompt_tokens=40, completion_tokens=9))

    with pytest.raises(LlmPermanentError) as caught:
        await client.classify("s", "u", Colour)

    assert caught.value.kind == "llm_malformed"
    assert caught.value.usage == TokenUsage(40, 9)
    assert len(llm_server.requests) == 1  # no retry: asking again will not fix it


async def test_json_that_does_not_follow_the_schema_is_a_permanent_error(
    client: OpenAIChatClient, llm_server: FakeChatServer
) -> None:
    llm_server.script(answer({"name": "red", "warm": "very", "extra": 1}))

    with pytest.raises(LlmPermanentError) as caught:
        await client.classify("s", "u", Colour)

    assert caught.value.kind == "llm_schema_mismatch"


async def test_a_refusal_is_a_permanent_error(client: OpenAIChatClient, llm_server: FakeChatServer) -> None:
    llm_server.script(refusal())

    with pytest.raises(LlmPermanentError) as caught:
        await client.classify("s", "u", Colour)

    assert caught.value.kind == "llm_refused"


async def test_an_answer_cut_at_the_token_limit_is_a_permanent_error(
    client: OpenAIChatClient, llm_server: FakeChatServer
) -> None:
    llm_server.script(completion('{"name": "re', finish_reason="length"))

    with pytest.raises(LlmPermanentError) as caught:
        await client.classify("s", "u", Colour)

    assert caught.value.kind == "llm_truncated"


async def test_429_waits_as_long_as_retry_after_says_then_succeeds(
    client: OpenAIChatClient, llm_server: FakeChatServer, sleeps: RecordedSleeps, stats: LlmStats
) -> None:
    llm_server.script(error(429, retry_after="1"), answer({"name": "blue", "warm": False}))

    got = await client.classify("s", "u", Colour)

    assert got.parsed.name == "blue"
    assert sleeps == [1.0]
    assert len(llm_server.requests) == 2
    assert stats.retries == 1


async def test_429_asking_for_longer_than_the_time_bound_fails_at_once(
    client: OpenAIChatClient, llm_server: FakeChatServer, sleeps: RecordedSleeps
) -> None:
    llm_server.script(error(429, retry_after="3600"), answer({"name": "blue", "warm": False}))

    with pytest.raises(LlmTransientError) as caught:
        await client.classify("s", "u", Colour)

    assert caught.value.kind == "llm_rate_limited"
    assert sleeps == []
    assert len(llm_server.requests) == 1


async def test_a_500_is_retried_with_backoff(
    client: OpenAIChatClient, llm_server: FakeChatServer, sleeps: RecordedSleeps
) -> None:
    llm_server.script(error(500), answer({"name": "blue", "warm": False}))

    got = await client.classify("s", "u", Colour)

    assert got.parsed.name == "blue"
    assert len(sleeps) == 1 and 0 < sleeps[0] < 1.5


async def test_500s_beyond_max_retries_are_a_transient_error(
    client: OpenAIChatClient, llm_server: FakeChatServer
) -> None:
    llm_server.script(error(500), error(502), error(503), answer({"name": "never", "warm": False}))

    with pytest.raises(LlmTransientError) as caught:
        await client.classify("s", "u", Colour)

    assert caught.value.kind == "llm_server_error"
    assert len(llm_server.requests) == 3  # 1 + max_retries


async def test_a_hang_past_the_timeout_is_a_transient_error(
    settings: Settings, llm_server: FakeChatServer, sleeps: RecordedSleeps
) -> None:
    no_retry = OpenAIChatClient(settings.replace(llm={"max_retries": 0, "timeout_s": HANG_TIMEOUT_S}).llm,
                                Secret(API_KEY), sleep=sleeps)
    llm_server.script(hang(30))

    with pytest.raises(LlmTransientError) as caught:
        await no_retry.classify("s", "u", Colour)
    await no_retry.aclose()

    assert caught.value.kind == "llm_timeout"


async def test_hangs_on_every_attempt_stay_within_timeout_times_attempts(
    settings: Settings, llm_server: FakeChatServer, sleeps: RecordedSleeps
) -> None:
    client = OpenAIChatClient(settings.replace(llm={"timeout_s": HANG_TIMEOUT_S}).llm, Secret(API_KEY), sleep=sleeps)
    llm_server.script(hang(30), hang(30), hang(30), hang(30))

    with pytest.raises(LlmTransientError):
        await client.classify("s", "u", Colour)
    await client.aclose()

    # Backoff waits count against the same bound, so fewer attempts than allowed may fit.
    assert 1 <= len(llm_server.requests) <= 3


async def test_an_unreachable_server_is_a_transient_error(settings: Settings, sleeps: RecordedSleeps) -> None:
    nowhere = settings.replace(llm={"base_url": "http://127.0.0.1:9/v1", "max_retries": 0})
    chat = OpenAIChatClient(nowhere.llm, Secret(API_KEY), sleep=sleeps)

    with pytest.raises(LlmTransientError) as caught:
        await chat.classify("s", "u", Colour)
    await chat.aclose()

    assert caught.value.kind == "llm_unreachable"


async def test_a_rejected_key_is_permanent_and_the_key_appears_in_no_error_or_log(
    client: OpenAIChatClient, llm_server: FakeChatServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    llm_server.script(error(401))

    with pytest.raises(LlmPermanentError) as caught:
        await client.classify("s", "u", Colour)

    assert caught.value.kind == "llm_client_error"
    assert llm_server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)
    assert API_KEY not in caplog.text
