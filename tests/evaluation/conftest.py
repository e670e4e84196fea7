from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import EvaluationSettings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "evaluation"


def reply(name: str) -> str:
    """The reply text of one scenario, from tests/fixtures/evaluation/<name>.txt."""
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture
def thresholds() -> EvaluationSettings:
    return EvaluationSettings()
