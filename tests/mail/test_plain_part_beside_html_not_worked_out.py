"""Attack (issue 10 item 11, red-team variant): the answer in the plain part, and the same words in the HTML part,
which most readers see, under a "::before" retraction ("None of this is true, please decline: "), painted in
"var(--w, #fff)", or pushed below 40 line breaks under "Thanks". The words agree, so the plain part was read and
passed, while what HTML readers see was never worked out. When the plain part is read, what could not be worked
out about the HTML now sends the reply to review too (style_unchecked, out_of_sight)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize(("fixture", "reason"), [
    ("answer_in_plain_beside_an_html_part_with_a_generated_retraction", "style_unchecked"),
    ("answer_in_plain_beside_an_html_part_painted_in_a_custom_property", "style_unchecked"),
    ("answer_in_plain_beside_an_html_part_that_pushes_it_out_of_sight", "out_of_sight"),
])
def test_a_plain_answer_beside_html_not_worked_out_goes_to_review(fixture: str, reason: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" in mail.reply_text  # the plain part is read...
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and reason in result["reasons"]  # ...but cannot pass on it
