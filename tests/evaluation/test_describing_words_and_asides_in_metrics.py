"""Two readings of the grammar around a metric (issue 9 item 2). A word of degree before the word before a measure
makes that word a describing one: "post your tweets at the most opportune time" names no time metric, as "ticket
resolution time" does. An aside set off by commas between a metric and the verb defining it ("Impressions, as they
relate to social media and content, are the number of times your content is displayed") leaves the definition one
metric, as it is without the aside; a list's next item is no aside."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


def _metrics(answer: str) -> tuple[str, ...]:
    text = (f"Hi,\n\nTools: Hootsuite and Canva.\n\nMetrics: {answer}\n\nTip: listen first and apologise.\n\n"
            "Thanks")
    return judge_rules(text, EvaluationSettings()).criteria["metrics"].evidence


@pytest.mark.parametrize("described", ["the most opportune time", "the least busy time", "a very quiet week"])
def test_a_word_of_degree_makes_no_measure(described: str) -> None:
    evidence = _metrics(f"I post at {described} for the reader. I watch reach and likes.")
    assert len(evidence) == 2, evidence


def test_a_thing_before_a_measure_still_names_one() -> None:
    assert len(_metrics("I post daily. I watch reach, likes and the ticket resolution time.")) == 3


@pytest.mark.parametrize("aside", [", as they relate to social media and content,", ", in short,",
                                   ", especially on Instagram,"])
def test_an_aside_before_the_defining_verb_keeps_one_metric(aside: str) -> None:
    evidence = _metrics(f"I have 435 followers. Impressions{aside} are the number of times your content is "
                        f"displayed.")
    assert len(evidence) == 2, evidence


def test_a_list_item_after_a_comma_is_no_aside() -> None:
    assert len(_metrics("Reach, likes, and the number of comments.")) == 3
