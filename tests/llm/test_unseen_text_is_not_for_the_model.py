"""Replies a reader does not see as the rules read them go to a person in every mode without asking the model
(issue 10 item 11, red-team variants): an answer pushed out of sight, a retraction past what is read of a long
line, a pseudo-element that shows or hides text. A fooled model quoting the answer must not pass them in
``llm`` mode, and asking it would cost money for nothing."""

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

MAIL = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
FOOLED_MODEL = says(["Hootsuite", "Buffer"], ["engagement rate", "reach", "follower growth"],
                    ["acknowledge the problem publicly"])


@pytest.mark.parametrize("mode", ["llm", "both"])
@pytest.mark.parametrize(("fixture", "reason"), [
    ("answer_pushed_down_by_blank_lines", "out_of_sight"),
    ("answer_pushed_down_by_a_margin", "out_of_sight"),
    ("retraction_at_the_end_of_a_very_long_line", "out_of_sight"),
    ("answer_taken_back_by_generated_text_before", "style_unchecked"),
    ("answer_hidden_by_a_linked_style_sheet", "style_unchecked"),
    ("answer_forwarded_from_someone_else", "forwarded"),
    ("answer_then_a_picture_that_may_take_it_back", "picture_unread"),
    ("answer_only_in_an_attached_picture", "picture_only"),
])
async def test_text_a_reader_does_not_see_as_read_goes_to_a_person_without_the_model(
    settings: Settings, classifier: LlmClassifier, llm_server: FakeChatServer, fixture: str, reason: str,
    mode: str,
) -> None:
    llm_server.script(FOOLED_MODEL)
    mail = parse_mail((MAIL / f"{fixture}.eml").read_bytes())

    judgement = await Evaluator(settings.replace(classifier={"mode": mode}), classifier).judge(mail)

    assert judgement.verdict == Verdict.NEEDS_REVIEW and reason in judgement.reasons
    assert llm_server.requests == []
