"""A reply that takes back its answer ("Scratch that, I haven't started the job yet.", issue 10, red team) goes to a
person in every mode: when the rules pass it, they send it to review as ``retracted`` and the model is not asked;
when they do not, a model that passes it (quoting the answer, which is in the reply and not negated) is overruled:
whether what was taken back was the answer is for a person."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from bot.evaluation.evaluator import Evaluator
from bot.evaluation.llm.classifier import LlmClassifier
from bot.evaluation.result import Judgement, Verdict
from bot.evaluation.rules import judge_rules
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.llm.answers import says
from tests.llm.fake_server import FakeChatServer

MAIL = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
FOOLED_MODEL = says(["Hootsuite", "Buffer"], ["engagement rate", "reach", "follower growth"],
                    ["acknowledge the problem publicly"])


@pytest.mark.parametrize("mode", ["llm", "both"])
async def test_rules_pass_a_retracted_answer_to_a_person_without_the_model(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, mode: str,
) -> None:
    llm_server.script(FOOLED_MODEL)
    mail = parse_mail((MAIL / "answer_then_scratch_that.eml").read_bytes())
    judgement = await Evaluator(settings.replace(classifier={"mode": mode}), classifier).judge(mail)
    assert judgement.verdict == Verdict.NEEDS_REVIEW and "retracted" in judgement.reasons
    assert llm_server.requests == []


def _failing_rules(text: str, *args: Any, **kwargs: Any) -> Judgement:
    """The rules, made to miss the answer: the model alone would pass it."""
    return dataclasses.replace(judge_rules(text, *args, **kwargs), verdict=Verdict.FAIL, reasons=("missing:tools",))


async def test_a_models_pass_of_a_retracted_answer_goes_to_a_person(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer,
) -> None:
    llm_server.script(FOOLED_MODEL)
    mail = parse_mail((MAIL / "answer_then_scratch_that.eml").read_bytes())
    evaluator = Evaluator(settings.replace(classifier={"mode": "llm"}), classifier, rules=_failing_rules)
    judgement = await evaluator.judge(mail)
    assert llm_server.requests  # the model was asked
    assert judgement.verdict == Verdict.NEEDS_REVIEW and "retracted" in judgement.reasons
