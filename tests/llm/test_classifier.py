"""The LLM classifier: what is sent, which claims are believed, what is recorded, what it may cost."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.adapters.llm import OpenAIChatClient
from bot.clock import FakeClock
from bot.evaluation.llm.budget import DailyBudget, LlmStats
from bot.evaluation.llm.classifier import BUDGET_EXHAUSTED, INPUT_TOO_LONG, LlmClassifier, sha256
from bot.evaluation.llm.port import LlmPermanentError, LlmTransientError
from bot.evaluation.llm.redact import redact
from bot.evaluation.result import Source
from bot.settings import Settings
from tests.llm.answers import ALL_MET_INVENTED, says
from tests.llm.fake_server import FakeChatServer, completion, error

GOOD_REPLY = (
    "Hi! I plan everything in Hootsuite and make the visuals in Canva.\n"
    "Each week I look at engagement rate, reach and response time.\n"
    "With angry customers I acknowledge the problem publicly and then move the conversation to DMs.\n"
    "Reach me at ana.silva@example.com or +351 912 345 678."
)
HONEST = says(["Hootsuite", "Canva"], ["engagement rate", "reach", "response time"],
              ["acknowledge the problem publicly and then move the conversation to DMs"])


async def test_an_answer_with_quotes_found_in_the_reply_is_believed(
    classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    llm_server.script(HONEST)

    view = await classifier.classify(GOOD_REPLY)

    assert view.all_met
    assert view.criteria["tools"].llm_quotes == ("Hootsuite", "Canva")
    assert view.criteria["metrics"].source == Source.LLM


async def test_a_model_claiming_everything_with_invented_quotes_gets_nothing(
    classifier: LlmClassifier, llm_server: FakeChatServer, stats: LlmStats
) -> None:
    llm_server.script(ALL_MET_INVENTED)

    view = await classifier.classify("I post on Instagram a lot. No real tips, sorry.")

    assert not any(result.met for result in view.criteria.values())
    assert all(result.llm_quotes == () for result in view.criteria.values())
    assert stats.rejected_quotes == 6


async def test_too_few_verified_quotes_do_not_meet_the_threshold(
    classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    # Real words, but one tool is not two, and "reach" twice is one metric.
    llm_server.script(says(["Hootsuite", "Sprout Social"], ["reach", "Reach", "engagement rate"], [], met=True))

    view = await classifier.classify(GOOD_REPLY)

    assert not view.criteria["tools"].met
    assert not view.criteria["metrics"].met
    assert not view.criteria["angry_customer_tip"].met


async def test_only_the_redacted_reply_is_sent_fenced_as_untrusted_data(
    classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    llm_server.script(HONEST)

    await classifier.classify(GOOD_REPLY)

    (request,) = llm_server.requests
    sent = request.all_text
    assert "ana.silva@example.com" not in sent
    assert "912 345 678" not in sent
    assert "[email]" in sent and "[phone]" in sent
    fence = f"REPLY-{sha256(redact(GOOD_REPLY))[:20]}"
    user = request.message("user")
    assert f"<<<{fence}>>>\n{redact(GOOD_REPLY)}\n<<<END-{fence}>>>" in user
    assert "untrusted data" in request.message("system").lower()


async def test_prompt_version_model_and_input_hash_are_recorded(
    classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    llm_server.script(HONEST)

    view = await classifier.classify(GOOD_REPLY)

    assert view.details["prompt_version"] == "judge_v1"
    assert view.details["model"] == "fake-judge-1"  # what answered, as the server reports it
    assert view.details["input_sha256"] == sha256(redact(GOOD_REPLY))
    assert view.details["cost_usd"] == pytest.approx((900 * 0.15 + 120 * 0.60) / 1e6)


async def test_the_model_flagging_instructions_to_the_grader_is_kept(
    classifier: LlmClassifier, llm_server: FakeChatServer, stats: LlmStats
) -> None:
    llm_server.script(says(["Hootsuite", "Canva"], [], [], addresses_grader=True))

    view = await classifier.classify(GOOD_REPLY)

    assert view.addresses_grader
    assert stats.manipulation_flags == 1


async def test_when_the_daily_budget_is_spent_no_call_is_made(
    client: OpenAIChatClient, settings: Settings, clock: FakeClock, llm_server: FakeChatServer, stats: LlmStats
) -> None:
    budget = DailyBudget(0.01, clock, spent_usd=0.01)
    classifier = LlmClassifier(client, settings, clock, budget, stats=stats)
    llm_server.script(HONEST)

    with pytest.raises(LlmPermanentError) as caught:
        await classifier.classify(GOOD_REPLY)

    assert caught.value.kind == BUDGET_EXHAUSTED
    assert llm_server.requests == []
    assert stats.errors == {BUDGET_EXHAUSTED: 1}


async def test_the_budget_counts_token_usage_and_starts_again_the_next_day(
    client: OpenAIChatClient, settings: Settings, clock: FakeClock, llm_server: FakeChatServer
) -> None:
    # Room for exactly one call of this size (900 + 120 tokens at the default prices, plus the estimate).
    budget = DailyBudget(0.0008, clock)
    classifier = LlmClassifier(client, settings, clock, budget)
    llm_server.script(HONEST, HONEST)

    await classifier.classify(GOOD_REPLY)
    with pytest.raises(LlmPermanentError):
        await classifier.classify(GOOD_REPLY)
    clock.advance(timedelta(days=1))
    await classifier.classify(GOOD_REPLY)

    assert len(llm_server.requests) == 2


async def test_a_malformed_answer_still_costs_its_tokens(
    classifier: LlmClassifier, llm_server: FakeChatServer, stats: LlmStats
) -> None:
    llm_server.script(completion("not json at all", prompt_tokens=1000, completion_tokens=1000))

    with pytest.raises(LlmPermanentError):
        await classifier.classify(GOOD_REPLY)

    assert stats.errors == {"llm_malformed": 1}
    assert classifier.budget.spent_usd == pytest.approx((1000 * 0.15 + 1000 * 0.60) / 1e6)


async def test_errors_are_counted_by_kind(
    classifier: LlmClassifier, llm_server: FakeChatServer, stats: LlmStats
) -> None:
    llm_server.script(error(500), error(500), error(500))

    with pytest.raises(LlmTransientError):
        await classifier.classify(GOOD_REPLY)

    assert stats.errors == {"llm_server_error": 1}
    assert stats.retries == 2
    assert stats.snapshot()["error_total"] == 1


async def test_a_reply_longer_than_max_input_chars_is_not_sent(
    client: OpenAIChatClient, settings: Settings, clock: FakeClock, llm_server: FakeChatServer
) -> None:
    short = settings.replace(llm={"max_input_chars": 100})
    classifier = LlmClassifier(client, short, clock)
    llm_server.script(HONEST)

    with pytest.raises(LlmPermanentError) as caught:
        await classifier.classify(GOOD_REPLY)

    assert caught.value.kind == INPUT_TOO_LONG
    assert llm_server.requests == []
