"""A phrase of habits.toml written with a straight apostrophe reads the curly one phones and mail clients type
(issue 9 item 4: curly and straight quotes are the same): "Arguing with them won’t help" tells a consequence as
"won't help" does, and "doesn’t help" as "doesn't help"."""

from __future__ import annotations

import pytest

from bot.evaluation.habits import consequences
from bot.evaluation.reading import Reading


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
@pytest.mark.parametrize("sentence", ["Arguing with them won{a}t help.", "Deleting their comments doesn{a}t help."])
def test_a_consequence_reads_either_apostrophe(sentence: str, apostrophe: str) -> None:
    assert consequences(Reading.of(sentence.format(a=apostrophe), "en")) == {0: len(sentence.format(a="'")) - 1}
