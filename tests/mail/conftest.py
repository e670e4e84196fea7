from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.fixture
def parsed() -> Callable[[str], ParsedMail]:
    """Parse tests/fixtures/mail/<name>.eml."""

    def load(name: str) -> ParsedMail:
        return parse_mail((FIXTURES / f"{name}.eml").read_bytes())

    return load


def assert_answer_hidden(name: str, shown: str) -> None:
    """tests/fixtures/mail/<name>.eml shows ``shown`` to a reader and hides its answer ("Canva"): the answer is in
    the hidden text, not in the reply text, and the reply fails."""
    raw = (FIXTURES / f"{name}.eml").read_bytes()
    mail = parse_mail(raw)
    assert shown in mail.reply_text
    assert "Canva" not in mail.reply_text and "Canva" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] == "fail"
