"""A reply too long for the rules to read whole goes to a person without asking the model: the
model would see only part of it, and a pasted book would cost money for nothing."""

from __future__ import annotations

import pytest

from bot.evaluation.bounded import TOO_LONG
from bot.evaluation.evaluator import Evaluator
from bot.evaluation.llm.classifier import LlmClassifier
from bot.evaluation.result import Verdict
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.llm.answers import says
from tests.llm.fake_server import FakeChatServer

_LINE = ("Tools: Hootsuite, Buffer and Canva. Metrics: engagement rate, CTR and reach. "
         "Tip: when a customer is angry, listen, apologise and take it private.\n")
FOOLED_MODEL = says(["Hootsuite", "Canva"], ["engagement rate", "reach", "CTR"], ["listen, apologise"])


@pytest.mark.parametrize("mode", ["llm", "both"])
async def test_a_pasted_book_goes_to_review_and_the_model_is_not_asked(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, mode: str
) -> None:
    llm_server.script(FOOLED_MODEL)
    raw = ("From: Dana <dana@mail.example>\r\nTo: bot@bot.example\r\nSubject: Re: Skills check\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + _LINE * 2_000).encode()

    judgement = await Evaluator(settings.replace(classifier={"mode": mode}), classifier).judge(parse_mail(raw))

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert TOO_LONG in judgement.reasons
    assert llm_server.requests == []
