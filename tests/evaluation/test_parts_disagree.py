"""A reply whose HTML part answers what its plain part does not is reviewed, never passed (issue 10 item 11)."""

from __future__ import annotations

from pathlib import Path

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


def test_html_part_that_says_more_than_the_plain_part_goes_to_review():
    result = evaluate_bytes((FIXTURES / "html_part_says_more_than_plain_part.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review"
    assert "parts_disagree" in result["reasons"]
