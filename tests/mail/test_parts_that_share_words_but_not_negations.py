"""Attack (issue 10 item 11, red-team variant): the plain part says "I use Hootsuite ... I track ... I acknowledge",
the HTML part, which most readers see, "I don't use Hootsuite ... I never track ... I never acknowledge". Two added
words stay under the bounds of the plain/HTML comparison (60 % shared, at most 5 words only in the HTML), so the
plain part was read and passed. Renderings whose negating words differ (not, no, never, n't, none, without...,
and their de/fr/es/pt/nl/ru forms) now disagree: review as parts_disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.decode import _plain_is_real
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


def test_an_answer_negated_only_in_the_html_part_goes_to_review() -> None:
    raw = (FIXTURES / "answer_negated_only_in_the_html_part.eml").read_bytes()
    assert parse_mail(raw).parts_disagree
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "parts_disagree" in result["reasons"]


@pytest.mark.parametrize(("plain", "html", "real"), [
    ("I use Buffer and Canva every day.", "I don't use Buffer and Canva every day.", False),
    ("I use Buffer and Canva every day.", "I use Buffer and Canva every day, not really.", False),
    ("I never use Buffer, only Canva.", "I never use Buffer, only Canva.", True),
    ("I don't use Buffer, only Canva.", "I don’t use Buffer, only Canva.", True),  # a typographic apostrophe
    ("I use Buffer and Canva every day.", "I use Buffer and Canva every day.", True),
])
def test_negations_must_match(plain: str, html: str, real: bool) -> None:
    assert _plain_is_real(plain, html) is real
