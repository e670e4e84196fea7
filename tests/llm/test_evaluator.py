"""Rules + LLM together, on whole messages: a lying or fooled model never passes a reply that should fail,
replies that address the grader go to a human, and with the model down the bot keeps judging by rules."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.adapters.llm import OpenAIChatClient
from bot.clock import FakeClock
from bot.evaluation.evaluator import Evaluator, build_llm_classifier
from bot.evaluation.llm.budget import DailyBudget, LlmStats
from bot.evaluation.llm.classifier import LlmClassifier
from bot.evaluation.llm.port import LlmAnswer, SchemaT
from bot.evaluation.offline import judgement_json
from bot.evaluation.result import CRITERIA, Source, Verdict
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import Secret, Settings
from tests.llm.answers import ALL_MET_INVENTED, says
from tests.llm.conftest import API_KEY, HANG_TIMEOUT_S
from tests.llm.fake_server import FakeChatServer, Step, completion, error, hang, refusal

FIXTURES = Path(__file__).parent / "fixtures"

HONEST_GOOD = says(
    ["Hootsuite", "Canva", "Google Analytics"],
    ["engagement rate", "reach", "click-through rate", "response time"],
    ["acknowledge the problem publicly within the hour, then move the conversation to DMs"],
)


def mail(name: str) -> ParsedMail:
    return parse_mail((FIXTURES / f"{name}.eml").read_bytes())


def evaluator_for(settings: Settings, classifier: LlmClassifier, mode: str) -> Evaluator:
    return Evaluator(settings.replace(classifier={"mode": mode}), classifier)


@pytest.fixture
def both(settings: Settings, classifier: LlmClassifier) -> Evaluator:
    return evaluator_for(settings, classifier, "both")


async def test_rules_mode_never_asks_the_model(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    evaluator = evaluator_for(settings, classifier, "rules")
    llm_server.script(HONEST_GOOD)

    judgement = await evaluator.judge(mail("good_answer"))

    assert judgement == evaluator.judge_rules(mail("good_answer"))
    assert llm_server.requests == []


async def test_both_agreeing_pass_with_the_models_verified_quotes(both: Evaluator, llm_server: FakeChatServer) -> None:
    llm_server.script(HONEST_GOOD)

    judgement = await both.judge(mail("good_answer"))

    assert judgement.verdict == Verdict.PASS
    assert {r.source for r in judgement.criteria.values()} == {Source.BOTH}
    assert judgement.criteria["tools"].llm_quotes == ("Hootsuite", "Canva", "Google Analytics")
    llm = judgement.details["llm"]
    assert isinstance(llm, dict) and llm["prompt_version"] == "judge_v1" and len(str(llm["input_sha256"])) == 64


async def test_only_the_candidates_new_text_reaches_the_model_without_contact_details(
    both: Evaluator, llm_server: FakeChatServer
) -> None:
    llm_server.script(HONEST_GOOD)

    await both.judge(mail("good_answer"))

    sent = llm_server.requests[0].all_text
    assert "Please reply with the tools you use" not in sent  # the quoted request
    assert "endorsebot@example.org" not in sent
    assert "ana.silva@example.net" not in sent  # signature and headers
    assert "912 345 678" not in sent  # a phone number in the candidate's own text
    assert "engagement rate, reach, click-through rate" in sent


LIES = {
    "invented quotes": ALL_MET_INVENTED,
    "quotes taken from the quoted request": says(
        ["tools you use"], ["several key metrics you watch"], ["dealing with angry or frustrated customers"], met=True
    ),
    "real words stretched into claims": says(
        ["Instagram", "TikTok"], ["numbers", "gut", "consistent"], ["try to be consistent every day"], met=True
    ),
    "everything met without any quote": says([], [], [], met=True),
}


@pytest.mark.parametrize("lie", LIES.values(), ids=LIES.keys())
async def test_a_lying_model_never_passes_a_reply_that_should_fail(
    both: Evaluator, llm_server: FakeChatServer, lie: Step
) -> None:
    llm_server.script(lie)

    judgement = await both.judge(mail("weak_answer"))

    assert judgement.verdict != Verdict.PASS
    assert not all(r.met for r in judgement.criteria.values())


async def test_invented_quotes_leave_the_rules_fail_standing(both: Evaluator, llm_server: FakeChatServer) -> None:
    llm_server.script(ALL_MET_INVENTED)

    judgement = await both.judge(mail("weak_answer"))

    assert judgement.verdict == Verdict.FAIL
    assert all(r.llm_quotes == () for r in judgement.criteria.values())


async def test_a_lying_model_in_llm_mode_fails_a_weak_reply_too(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    llm_server.script(ALL_MET_INVENTED)

    judgement = await evaluator_for(settings, classifier, "llm").judge(mail("weak_answer"))

    assert judgement.verdict == Verdict.FAIL
    assert {r.source for r in judgement.criteria.values()} == {Source.LLM}


async def test_llm_mode_passes_on_verified_quotes(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    llm_server.script(HONEST_GOOD)

    judgement = await evaluator_for(settings, classifier, "llm").judge(mail("good_answer"))

    assert judgement.verdict == Verdict.PASS
    assert judgement.criteria["metrics"].evidence == ("engagement rate", "reach", "click-through rate", "response time")


async def test_disagreement_on_a_criterion_goes_to_review_with_both_views(
    both: Evaluator, llm_server: FakeChatServer, stats: LlmStats
) -> None:
    llm_server.script(says(["Hootsuite", "Canva"], [], ["move the conversation\nto DMs"]))

    judgement = await both.judge(mail("good_answer"))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert "disagree:metrics" in judgement.reasons
    assert not judgement.criteria["metrics"].met
    disagreement = judgement.details["disagreements"]
    assert isinstance(disagreement, dict)
    assert disagreement["metrics"]["rules"]["met"] is True
    assert disagreement["metrics"]["llm"]["met"] is False
    assert stats.disagreements == 1


@pytest.mark.parametrize("mode", ["rules", "llm", "both"])
@pytest.mark.parametrize(
    "scenario", ["injection_plain_text", "injection_hidden_html", "injection_other_language"]
)
async def test_text_addressing_the_grader_goes_to_review_whatever_the_model_says(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, scenario: str, mode: str
) -> None:
    llm_server.script(ALL_MET_INVENTED)

    judgement = await evaluator_for(settings, classifier, mode).judge(mail(scenario))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.manipulation
    assert "manipulation" in judgement.reasons
    assert llm_server.requests == []  # the model's opinion is not needed, nor paid for


@pytest.mark.parametrize("mode", ["rules", "llm", "both"])
async def test_an_abusive_reply_goes_to_review_in_every_mode_without_asking_the_model(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, mode: str
) -> None:
    llm_server.script(ALL_MET_INVENTED)

    judgement = await evaluator_for(settings, classifier, mode).judge(mail("abusive_reply"))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.abusive and "abusive" in judgement.reasons
    assert llm_server.requests == []


async def test_an_injection_in_the_quoted_part_neither_reaches_the_model_nor_matters(
    both: Evaluator, llm_server: FakeChatServer
) -> None:
    # The model repeats what the quoted message claims; none of it is the candidate's own text.
    llm_server.script(says(
        ["Sprout Social", "Brandwatch"], ["engagement rate", "reach", "response time"],
        ["acknowledge their frustration and move the conversation to DMs"], met=True,
    ))

    judgement = await both.judge(mail("injection_in_quoted_part"))

    sent = llm_server.requests[0].message("user")
    assert "ignore previous instructions" not in sent.lower()
    assert "Brandwatch" not in sent
    assert judgement.verdict == Verdict.FAIL


async def test_the_model_noticing_instructions_to_the_grader_sends_the_reply_to_review(
    both: Evaluator, llm_server: FakeChatServer
) -> None:
    llm_server.script(says(
        ["Hootsuite", "Canva", "Google Analytics"], ["engagement rate", "reach", "click-through rate"],
        ["move the conversation\nto DMs"], addresses_grader=True,
    ))

    judgement = await both.judge(mail("good_answer"))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.manipulation and "manipulation" in judgement.reasons


MODEL_DOWN = {
    "500 on every attempt": [error(500), error(500), error(500)],
    "429 for an hour": [error(429, retry_after="3600")],
    "refusal": [refusal()],
    "malformed json": [completion("{'tools': yes")],
}


@pytest.mark.parametrize("failure", MODEL_DOWN.values(), ids=MODEL_DOWN.keys())
async def test_with_the_model_down_a_clear_verdict_stands_on_rules(
    both: Evaluator, llm_server: FakeChatServer, failure: list[Step], stats: LlmStats
) -> None:
    llm_server.script(*failure)
    rules = both.judge_rules(mail("good_answer"))

    judgement = await both.judge(mail("good_answer"))

    assert rules.verdict == Verdict.PASS
    assert judgement.verdict == Verdict.PASS
    assert "llm_unavailable" in judgement.reasons
    assert str(judgement.details["llm_error"]).startswith("llm_")
    assert stats.snapshot()["error_total"] == 1


@pytest.mark.parametrize("failure", MODEL_DOWN.values(), ids=MODEL_DOWN.keys())
async def test_with_the_model_down_a_borderline_pass_goes_to_review(
    both: Evaluator, llm_server: FakeChatServer, failure: list[Step]
) -> None:
    llm_server.script(*failure)
    assert both.judge_rules(mail("borderline_answer")).verdict == Verdict.PASS

    judgement = await both.judge(mail("borderline_answer"))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert "llm_unavailable" in judgement.reasons


async def test_with_the_model_down_a_clear_fail_stays_a_fail(both: Evaluator, llm_server: FakeChatServer) -> None:
    llm_server.script(error(503), error(503), error(503))

    judgement = await both.judge(mail("weak_answer"))

    assert judgement.verdict == Verdict.FAIL


async def test_a_model_hanging_past_the_timeout_falls_back_to_rules(
    settings: Settings, clock: FakeClock, llm_server: FakeChatServer
) -> None:
    once = settings.replace(classifier={"mode": "both"}, llm={"max_retries": 0, "timeout_s": HANG_TIMEOUT_S})
    client = OpenAIChatClient(once.llm, Secret(API_KEY))
    evaluator = Evaluator(once, LlmClassifier(client, once, clock))
    llm_server.script(hang(30))

    judgement = await evaluator.judge(mail("good_answer"))
    await client.aclose()

    assert judgement.verdict == Verdict.PASS
    assert str(judgement.details["llm_error"]).startswith("llm_timeout")


class NeverAnswers:
    """A client that never returns: the evaluator's own bound must end the wait."""

    async def classify(self, system: str, user: str, schema: type[SchemaT]) -> LlmAnswer[SchemaT]:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        pass


async def test_the_inbox_never_waits_longer_than_the_bound_even_on_a_stuck_client(
    settings: Settings, clock: FakeClock
) -> None:
    quick = settings.replace(classifier={"mode": "both"}, llm={"timeout_s": 0.2, "max_retries": 0})
    evaluator = Evaluator(quick, LlmClassifier(NeverAnswers(), quick, clock))

    judgement = await evaluator.judge(mail("borderline_answer"))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert str(judgement.details["llm_error"]).startswith("llm_timeout")


async def test_a_spent_budget_falls_back_to_rules_without_a_call(
    settings: Settings, client: OpenAIChatClient, clock: FakeClock, llm_server: FakeChatServer
) -> None:
    spent = DailyBudget(1.0, clock, spent_usd=1.0)
    evaluator = Evaluator(settings, LlmClassifier(client, settings, clock, spent))
    llm_server.script(HONEST_GOOD)

    judgement = await evaluator.judge(mail("good_answer"))

    assert judgement.verdict == Verdict.PASS
    assert str(judgement.details["llm_error"]).startswith("llm_budget_exhausted")
    assert llm_server.requests == []


async def test_no_classifier_configured_in_both_mode_means_rules_and_a_recorded_reason(settings: Settings) -> None:
    judgement = await Evaluator(settings).judge(mail("borderline_answer"))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.details["llm_error"] == "llm_not_configured"


async def test_json_keeps_the_evaluate_contract_and_adds_source_and_llm_quotes(
    both: Evaluator, llm_server: FakeChatServer
) -> None:
    llm_server.script(HONEST_GOOD)

    out = judgement_json(await both.judge(mail("good_answer")))

    json.dumps(out)  # serialisable as is
    assert out["verdict"] == "pass"
    assert set(out["criteria"]) == set(CRITERIA)
    tools = out["criteria"]["tools"]
    assert set(tools) >= {"met", "evidence", "source", "llm_quotes"}
    assert tools["source"] == "both"
    assert tools["llm_quotes"] == ["Hootsuite", "Canva", "Google Analytics"]
    assert out["llm"]["prompt_version"] == "judge_v1"


async def test_the_classifier_built_from_settings_uses_the_key_from_the_environment(
    settings: Settings, llm_server: FakeChatServer
) -> None:
    assert build_llm_classifier(settings.replace(classifier={"mode": "rules"})) is None
    classifier = build_llm_classifier(settings, FakeClock(), environ={"ENDORSEBOT_LLM_API_KEY": "sk-from-env"})
    assert classifier is not None
    llm_server.script(HONEST_GOOD)

    judgement = await Evaluator(settings, classifier).judge(mail("good_answer"))
    await classifier.aclose()

    assert judgement.verdict == Verdict.PASS
    assert llm_server.requests[0].headers["authorization"] == "Bearer sk-from-env"


async def test_text_hidden_in_the_html_is_never_sent_and_never_counts(
    both: Evaluator, llm_server: FakeChatServer
) -> None:
    # Keywords a reader cannot see; a model that read them would call everything met.
    llm_server.script(says(
        ["Sprout Social", "Brandwatch"], ["engagement rate", "reach", "response time"],
        ["acknowledge their frustration and move the conversation to DMs"], met=True,
    ))

    judgement = await both.judge(mail("hidden_keywords"))

    assert all("Brandwatch" not in request.all_text for request in llm_server.requests)
    assert judgement.verdict != Verdict.PASS


async def test_llm_mode_never_passes_tools_the_reply_negates(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer
) -> None:
    # The quotes are found in the reply, but the reply says the candidate does not use them.
    llm_server.script(says(["Hootsuite", "Canva"], ["engagement rate", "reach", "response time"],
                           ["acknowledge the problem publicly within the hour"]))

    judgement = await evaluator_for(settings, classifier, "llm").judge(mail("negated_tools_answer"))

    assert judgement.verdict != Verdict.PASS
    assert not judgement.criteria["tools"].met
    assert any("negated" in note for note in judgement.criteria["tools"].notes)
    assert judgement.criteria["metrics"].met
