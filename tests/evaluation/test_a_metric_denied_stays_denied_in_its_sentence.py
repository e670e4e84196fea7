"""A metric denied in a sentence stays denied when the sentence names it again (issue 9 item 4): "It is not important
how many fans your page has, but how many interactions you have with your fans" watches interactions, not fans, in
German too ("nicht entscheidend, wie viele Fans ..., sondern wieviele Interaktionen du mit deinen Fans hast"). The
metric named in another sentence still counts."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("said", "watched"), [
    ("I use Hootsuite and Canva.\n\nI track reach and saves. It is not important how many fans your page has, but "
     "how many interactions you have with your fans.\n\nListen first.", ("reach", "saves", "how many interactions")),
    ("Ich nutze Trello und Canva.\n\nIch beobachte die Reichweite und die Klicks. Es ist also nicht entscheidend, wie "
     "viele Fans deine Facebook Seite hat, sondern wieviele Interaktionen du mit deinen Fans hast.\n\nZuhören.",
     ("Reichweite", "Klicks", "Interaktionen")),
])
def test_the_denied_metric_is_not_counted_again(said: str, watched: tuple[str, ...],
                                                thresholds: EvaluationSettings) -> None:
    assert judge_rules(said, thresholds).criteria["metrics"].evidence == watched


def test_it_counts_in_a_sentence_of_its_own(thresholds: EvaluationSettings) -> None:
    said = ("I use Hootsuite and Canva.\n\nI don't care about fans, but reach matters. I also track fans weekly and "
            "the saves.\n\nListen first.")
    assert "fans" in judge_rules(said, thresholds).criteria["metrics"].evidence
