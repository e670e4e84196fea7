"""Hostile replies cannot make the reading of what takes a question up slow: its work grows in step with the reply
(issue 10: linear time in the message's size). Each topic word is read within a bounded reach (the words before and
after it, the clause after its comma), each app word against the nearest network names only, and each denial after a
tip's label against its label once. Work is counted, not timed (tests/evaluation/steps.py): eight times the text may
cost about eight times the steps; quadratic work would cost sixty-four."""

from __future__ import annotations

import pytest

from bot.evaluation import taken_up, tips
from bot.evaluation.reading import Finding, Reading
from bot.evaluation.taken_up import takes_up
from tests.evaluation.steps import steps

_FILES = frozenset({taken_up.__file__})
_MAX_GROWTH = 16
_NOTHING = {"tools": Finding(), "metrics": Finding(), "angry_customer_tip": Finding()}


def _growth(line: str, language: str, name: str, n: int = 40) -> float:
    def run(size: int) -> int:
        reading = Reading.of(line * size, language)
        takes_up(reading, _NOTHING, name, by_topic=True)  # warm: the lexicons load outside the count
        return steps(lambda: takes_up(reading, _NOTHING, name, by_topic=True), _FILES)

    return run(8 * n) / run(n)


@pytest.mark.parametrize(("attack", "line", "language", "name"), [
    ("a topic set before a comma in every sentence, each denied", "Métricas, não. ", "pt", "metrics"),
    ("one sentence of topic words and no comma", "ferramentas e ferramentas e ", "pt", "tools"),
    ("one sentence of topic words, a comma at its end far away", "métricas métricas métricas ", "pt", "metrics"),
    ("app words beside network names", "o aplicativo do Instagram e o aplicativo do TikTok, ", "pt", "tools"),
    ("topic words before a clause of many cues", "Métricas, não, nunca, nenhuma, não, ", "pt", "metrics"),
])
def test_reading_what_takes_a_question_up_is_linear(attack: str, line: str, language: str, name: str) -> None:
    assert _growth(line, language, name) <= _MAX_GROWTH, attack


def test_denials_after_tip_labels_are_read_in_linear_time() -> None:
    def run(size: int) -> int:
        reading = Reading.of("Dica: nada, sinceramente.\n" * size, "pt")
        tips.says_no_tip(reading)
        return steps(lambda: tips.says_no_tip(reading), frozenset({tips.__file__}))

    assert run(320) / run(40) <= _MAX_GROWTH
