from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.fixture
def parsed() -> Callable[[str], ParsedMail]:
    """Parse tests/fixtures/mail/<name>.eml."""

    def load(name: str) -> ParsedMail:
        return parse_mail((FIXTURES / f"{name}.eml").read_bytes())

    return load
