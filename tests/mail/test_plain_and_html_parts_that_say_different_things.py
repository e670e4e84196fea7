"""Attack (issue 10 item 11, red-team variant): a multipart/alternative reply whose plain part answers every
question while its HTML part, which most mail clients show, says something else of about the same length
("I never did this, please decline"), or the same answer followed by a retraction. Only a plain part much
shorter than the HTML counted as disagreeing, so the plain answer passed though the endorser, an admin or the
candidate's own mail client show the other text. Now the parts must share their words: a plain part whose
words the HTML mostly lacks, or HTML that shows more than a few words the plain part lacks, goes to review as
``parts_disagree``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "plain_part_answers_html_part_declines",
    "plain_part_answers_html_part_adds_a_retraction",
])
def test_a_plain_answer_the_html_part_does_not_show_is_reviewed(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()

    assert parse_mail(raw).parts_disagree
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "parts_disagree" in result["reasons"]


def test_parts_that_say_the_same_still_pass() -> None:
    raw = (FIXTURES / "plain_and_html_parts_give_the_same_answer.eml").read_bytes()

    assert not parse_mail(raw).parts_disagree
    assert evaluate_bytes(raw, Settings())["verdict"] == "pass"
