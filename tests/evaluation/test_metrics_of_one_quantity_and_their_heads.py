"""One quantity over a list counts each item, and a measure names its metric however it is worded (issue 9 item 2:
"a grammar of measurement ... likes, comments and shares (three)").

- "the number of comments, stars and downloads": each item of one plural noun is a thing the same quantity counts
  (stars is no counted action, and still a count), and an action item may end in the noun it is done to
  ("the amount of likes, reply threads, and upvotes"). A word in "s" that is no noun ("..., always") ends the list.
- "the response percent", "our answer percentage": percent and percentage are measures that no word after them
  turns into a verb ("... percent to see ...").
- A measure defining a named metric with one word before it ("..., while post engagement describes how many
  people acted") is that metric's definition, no metric of its own.
"""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_one_quantity_over_a_list_of_nouns_counts_each(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_one_quantity_over_a_list"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("number of comments", "stars", "downloads")
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize(("text", "evidence"), [
    ("Each week we log the amount of likes, reply threads, and upvotes.", ("amount of likes", "reply", "upvotes")),
    ("I check the number of visits, always.", ("number of visits",)),
    ("I note the number of visits and thanks from customers.", ("number of visits",)),  # "thanks" ends no item
])
def test_the_items_a_quantity_counts(text: str, evidence: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == evidence


@pytest.mark.parametrize("text", [
    "I check reach, saves and the response percent to see what lands.",
    "I check reach, saves and our answer percentage.",
])
def test_a_percent_named_after_what_it_measures_is_a_metric(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 3


def test_a_definition_with_a_word_before_its_metric_is_no_metric_of_its_own() -> None:
    text = ("Post reach generally describes how many people saw a post, while post engagement describes how many "
            "people acted on it.")
    assert find_metrics(Reading.of(text, "en")).evidence == ("Post reach", "engagement")


@pytest.mark.parametrize(("text", "evidence"), [
    # A measure in brackets right after a named metric glosses it.
    ("I track click-through rate (the number of people who click a link divided by the number of times it was "
     "shown) and page views.", ("click-through rate", "page views")),
    ("We watch impressions (how many times a post was seen) and saves.", ("impressions", "saves")),
    # A named metric in such brackets still counts; a measure after the brackets close is one of its own.
    ("We watch engagement (shares, saves) and how many people reply.", ("engagement", "shares", "saves",
                                                                       "how many people reply")),
])
def test_a_measure_glossing_a_named_metric_in_brackets_is_that_metric(text: str, evidence: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == evidence


def test_only_english_plural_nouns_are_read_as_list_items() -> None:
    """Other languages' words in "s" include function words: "après" ends no list of things counted."""
    assert find_metrics(Reading.of("Je regarde le nombre de likes et après, rien d'autre.", "fr")).count == 1
