"""Instructions to the grader in disguise go to a person in every mode, before the model is asked
(issue 10 item 12): invisible characters, look-alike letters, spacing, reversed text, base64, other
languages and the polite "P.S. to whoever evaluates"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.evaluator import Evaluator
from bot.evaluation.llm.classifier import LlmClassifier
from bot.evaluation.result import Verdict
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.llm.answers import says
from tests.llm.fake_server import FakeChatServer

FIXTURES = Path(__file__).parent / "fixtures"
DISGUISES = sorted(p.stem.removeprefix("disguised_") for p in FIXTURES.glob("disguised_*.eml"))
FOOLED_MODEL = says(["Hootsuite", "Canva"], ["engagement rate", "reach", "response time"],
                    ["acknowledge the problem publicly within the hour"])


def test_every_disguise_has_a_fixture():
    assert len(DISGUISES) >= 11


@pytest.mark.parametrize("mode", ["llm", "both"])
@pytest.mark.parametrize("disguise", DISGUISES)
async def test_a_disguised_instruction_to_the_grader_goes_to_review_without_asking_the_model(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, disguise: str, mode: str
) -> None:
    llm_server.script(FOOLED_MODEL)
    mail = parse_mail((FIXTURES / f"disguised_{disguise}.eml").read_bytes())

    judgement = await Evaluator(settings.replace(classifier={"mode": mode}), classifier).judge(mail)

    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.manipulation
    assert llm_server.requests == []
