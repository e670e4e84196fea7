"""Fixtures for the LLM classifier: a scripted chat-completions server on loopback, and clients for it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from bot.adapters.llm import OpenAIChatClient
from bot.clock import FakeClock
from bot.evaluation.llm.budget import LlmStats
from bot.evaluation.llm.classifier import LlmClassifier
from bot.settings import Secret, Settings
from tests.llm.fake_server import FakeChatServer, running_server

API_KEY = "sk-test-0123456789abcdefSECRET"


@pytest.fixture
def llm_server() -> Iterator[FakeChatServer]:
    with running_server() as server:
        yield server


@pytest.fixture
def settings(llm_server: FakeChatServer) -> Settings:
    # A timeout no loopback answer comes near, however loaded the machine (1.5 s timed out once in CI, 0.5 s at
    # load 4.8); the tests of hangs set HANG_TIMEOUT_S themselves. The model name is what the server is asked for.
    return Settings().replace(
        classifier={"mode": "both"},
        llm={"base_url": llm_server.base_url, "model": "judge-model", "timeout_s": 10.0, "max_retries": 2},
    )


# The timeout of the tests that script a hang: short, so they end quickly; nothing there waits for an answer.
HANG_TIMEOUT_S = 1.5


class RecordedSleeps(list[float]):
    """Stands in for asyncio.sleep: retries are checked by what was asked, not by waiting."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> RecordedSleeps:
    return RecordedSleeps()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def stats() -> LlmStats:
    return LlmStats()


@pytest.fixture
async def client(settings: Settings, sleeps: RecordedSleeps, stats: LlmStats) -> AsyncIterator[OpenAIChatClient]:
    chat = OpenAIChatClient(settings.llm, Secret(API_KEY), sleep=sleeps, on_retry=stats.record_retry)
    yield chat
    await chat.aclose()


@pytest.fixture
def classifier(client: OpenAIChatClient, settings: Settings, clock: FakeClock, stats: LlmStats) -> LlmClassifier:
    return LlmClassifier(client, settings, clock, stats=stats)
