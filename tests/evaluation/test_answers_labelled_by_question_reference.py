"""A label pointing at a question by its number ("Re 2:", "Q3", "Question 1", "Frage 2") numbers the answer under it
as "2." does (bot/evaluation/answers.py `_referenced_question`, advice.toml [question_references]): what is said
under "Re 2:" is the answer to the metrics question, so everyday words there ("views", "reach") are metrics."""

from __future__ import annotations

import pytest

from bot.evaluation.answers import _referenced_question, metrics_answer
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


@pytest.mark.parametrize(("label", "number"), [
    ("Re 2", 2), ("RE: 3", 3), ("Q1", 1), ("Question #2", 2), ("Answer 3", 3), ("Frage 2", 2), ("Pregunta 3", 3),
    ("Réponse 1", 1),
])
def test_a_label_naming_a_question_by_number_numbers_its_answer(label: str, number: int) -> None:
    assert _referenced_question(label) == number


@pytest.mark.parametrize("label", ["Step 2", "Tip 3", "Rule #1", "Re", "Metrics", "Q12", "Reason 2"])
def test_other_labels_with_numbers_number_nothing(label: str) -> None:
    assert _referenced_question(label) is None


def test_the_sentences_under_re_2_answer_the_metrics_question() -> None:
    text = "Re 1:\nI use Buffer and Canva.\n\nRe 2:\nThe biggest jump is in views.\n\nRe 3:\nCall them back.\n"
    reading = Reading.of(text, "en")
    answered = {reading.text[reading.layout.sentences[i].start : reading.layout.sentences[i].end]
                for i in metrics_answer(reading).sentences}
    assert "The biggest jump is in views." in answered
    assert "I use Buffer and Canva." not in answered


def test_a_reply_answering_re_1_re_2_re_3_passes() -> None:
    result = evaluate_bytes((FIXTURES / "answers_labelled_re_1_re_2_re_3.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"
    assert len(result["criteria"]["metrics"]["evidence"]) == 3
