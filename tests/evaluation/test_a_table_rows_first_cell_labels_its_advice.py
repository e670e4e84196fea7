"""A table row's first cell labels the row ("Tip | Allow the customer to show their emotions", as bot/mail/html.py
renders a row of an HTML table): the advice after the bar opens its clause, as it does after "Tip:". The mark ending
a label may stand a space or more after the label's last word ("Tip | ...", "Tip : ...", "Tip - ..."); the label's
own words start after the mark and the spaces before it (bot/evaluation/text.py, `Sentence.past_label_mark`)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS_AND_METRICS = ("Tools | I use Hootsuite and Buffer to schedule our posts.\n"
                      "Metrics | Click-through rate, saves and shares.\n")


@pytest.mark.parametrize("tip", [
    "Tip | Allow the customer to show their emotions if they are upset or angry.",
    "Tip | Give them room to vent when they are upset, then answer the actual question.",
    "Angry customers | Apologise once, sincerely, and offer to take it to a private message.",
])
def test_advice_in_a_table_rows_second_cell_is_the_tip(tip: str) -> None:
    judgement = judge_rules(_TOOLS_AND_METRICS + tip + "\n", EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict.value == "pass"


@pytest.mark.parametrize(("line", "first_word"), [
    ("Tip | listen first", "listen"),
    ("Tip   |   listen first", "listen"),
    ("Tip : listen first", "listen"),
    ("Tip: listen first", "listen"),
    ("Tip - listen first", "listen"),
    ("Tip -> listen first", "listen"),
])
def test_a_labels_own_words_start_after_its_mark(line: str, first_word: str) -> None:
    sentence = Reading.of(line, "en").layout.sentences[0]
    assert line[sentence.after_label(past_mark=True) :].lstrip().startswith(first_word)
    assert line[sentence.after_label(past_mark=True) :].lstrip(" \t")[:1] not in "|:-"


def test_a_row_whose_second_cell_tells_no_advice_is_still_no_tip() -> None:
    text = _TOOLS_AND_METRICS + "Tip | Angry customers are the worst part of the job.\n"
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
