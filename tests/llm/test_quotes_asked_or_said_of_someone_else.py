"""Attack (issue 10 item 12, red-team variants): in `llm` mode a model's pass stood on quotes that verify and
that no negation cue covers, even where the reply only asks ("Do I plan posts in Hootsuite or make graphics in
Canva? Never.") or says it of someone else ("My colleague schedules in Hootsuite ... I have not done any of
this myself yet"). The rules count neither; in `both` the two disagreed and a person decided, in `llm` the reply
passed. A quote now proves nothing inside a question or where the rules read the words as someone else's."""

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
FOOLED_MODEL = says(["Hootsuite", "Canva"], ["engagement rate", "reach", "response time"],
                    ["acknowledge the problem publicly within the hour"])


async def judge(settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, fixture: str) -> Verdict:
    llm_server.script(FOOLED_MODEL)
    mail = parse_mail((FIXTURES / f"{fixture}.eml").read_bytes())
    return (await Evaluator(settings.replace(classifier={"mode": "llm"}), classifier).judge(mail)).verdict


@pytest.mark.parametrize("fixture", ["model_quotes_questions_the_reply_answers_no",
                                     "model_quotes_what_a_colleague_does"])
async def test_a_models_pass_on_quotes_asked_or_said_of_someone_else_does_not_stand(
        settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, fixture: str) -> None:
    assert await judge(settings, classifier, llm_server, fixture) != Verdict.PASS


async def test_an_answer_written_after_a_question_still_stands(
        settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer) -> None:
    assert await judge(settings, classifier, llm_server, "model_quotes_an_answer_after_a_question") == Verdict.PASS
