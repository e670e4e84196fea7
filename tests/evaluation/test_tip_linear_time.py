"""Hostile replies cannot make the tip finder slow: its work grows in step with the reply.

Work is counted, not timed: every line of Python executed in the tip finder's modules (tips.py,
answers.py, advice.py) is one step.
Eight times the text may cost about eight times the steps; quadratic work would cost sixty-four.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.evaluation import advice, answers, tips
from bot.evaluation.reading import Reading
from tests.evaluation.steps import steps

_TIP_FILES = frozenset({tips.__file__, answers.__file__, advice.__file__})
# Linear work scales by 8 (plus fixed costs); quadratic by 64. 16 separates them with room to spare.
_MAX_GROWTH = 16


def _growth(make_text: Callable[[int], str], answered: Callable[[int], tuple[tuple[str, str], ...]] | None = None,
            n: int = 300) -> float:
    def run(size: int) -> int:
        reading = Reading.of(make_text(size), "en")
        pairs = answered(size) if answered else ()
        return steps(lambda: tips.find_tip(reading, frozenset(), pairs), _TIP_FILES)

    return run(8 * n) / run(n)


def test_one_sentence_of_repeated_action_words_is_linear() -> None:
    # "listen, " x 12,500 took 27 s when each action word re-scanned its sentence's commas.
    assert _growth(lambda n: "listen, " * n) < _MAX_GROWTH


def test_one_clause_of_action_words_ending_in_a_run_of_symbols_is_linear() -> None:
    assert _growth(lambda n: "listen " * n + "~" * n) < _MAX_GROWTH


def test_many_answers_written_under_quoted_anger_questions_are_linear() -> None:
    def pairs(n: int) -> tuple[tuple[str, str], ...]:
        return tuple(("How do you deal with angry customers?", f"listen first, case {i}") for i in range(n))

    assert _growth(lambda n: "\n".join(a for _, a in pairs(n)), pairs) < _MAX_GROWTH


def test_many_bulleted_answers_are_linear() -> None:
    assert _growth(lambda n: "Tools: Hootsuite and Canva.\n" + "- listen to them, then apologise\n" * n) < _MAX_GROWTH


def test_many_refusals_after_questions_are_linear() -> None:
    assert _growth(lambda n: "I use Canva.\n\nTip: " + "Apologise? No way. " * n) < _MAX_GROWTH


def test_many_action_words_each_ending_a_clause_are_linear() -> None:
    assert _growth(lambda n: "I use Canva.\n\nTip: " + "apologise never, " * n) < _MAX_GROWTH


def test_many_anti_advice_phrases_are_linear() -> None:
    assert _growth(lambda n: "I use Canva.\n\nTip: " + "never apologize, ignore them. " * n) < _MAX_GROWTH
