"""A labelled line is an answer of its own (issue 9 item 3: the answer's structure).

Whether a plural pronoun stands for people or for things is read from the words before it, in its sentence
and the one before (advice.py, _about_things). The line before a "Tip:" line is another answer: its plural
nouns ("Metrics: ... the numbers", "Tools: ... dashboards") are not what "they" in the tip stands for. The
same line under the same label, or with no label, still looks back.
"""

from __future__ import annotations

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading


def _person_sentences(text: str) -> set[str]:
    reading = Reading.of(text, "en")
    advice = Advice.of(reading)
    lay = reading.layout
    return {text[lay.sentences[i].start : lay.sentences[i].end] for i in advice.person}


def test_they_under_the_tip_label_is_not_the_metrics_of_the_line_before() -> None:
    text = ("Tools: Agorapulse and Talkwalker dashboards.\n"
            "Metrics: saves, shares and comments.\n"
            "Tip: Follow up a day later to see whether they feel better.")
    assert "Tip: Follow up a day later to see whether they feel better." in _person_sentences(text)


def test_they_after_things_on_the_same_line_stays_things() -> None:
    text = ("Tools: Agorapulse and Talkwalker.\n"
            "Tip: Post short videos in the mornings, they get the most reach.")
    assert "Tip: Post short videos in the mornings, they get the most reach." not in _person_sentences(text)


def test_they_after_things_in_the_line_before_without_a_label_stays_things() -> None:
    text = ("I post short videos in the mornings.\n"
            "Follow up a day later to see whether they do well.")
    assert "Follow up a day later to see whether they do well." not in _person_sentences(text)
