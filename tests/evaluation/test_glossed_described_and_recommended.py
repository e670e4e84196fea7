"""What a sentence says of a tool or a metric decides whether it is the candidate's (issue 9 items 1, 2 and 5).

- A metric opening its sentence with a dash after it ("Response volume — Count of responses issued by your
  brand") is glossed by what follows, as under a label ("Response volume: ..."): the count in the gloss is that
  metric, not one more. So is a measure set off by a dash and an article inside the sentence ("Measure your
  join-to-first-message rate — the share of joiners who post anything at all"); a dash with no article may part
  the items of a list ("reach – number of followers – saves").
- Tools named as examples of a popular kind ("Popular bots like Carl-bot, Dyno, and MEE6 provide customizable
  rule sets") or of a kind that lets others work ("Dashboard tools like Hootsuite, Buffer, or Sprout Social allow
  SMMs to manage ...") in a sentence that says nothing of the candidate are the trade's tools: maybe the
  candidate's, a person decides. So is what they give ("Tools like Hootsuite offer comprehensive data"): graders of
  such passages split, some credit them and some fail them.
- The right-hand side of a formula ("engagement_rate = (posts + replies + reactions) / MAU") holds the parts of
  the metric it defines, not more metrics.
- The candidate's own recommendation ("I recommend Canva to my clients because it is such great value") may come
  from use or from reputation: doubtful, not negated. Someone else's recommendation stays no use.
"""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_a_metric_glossed_after_a_dash_counts_once() -> None:
    found = find_metrics(Reading.of("Inbound volume — Count of incoming messages on all channels. Response volume — "
                                    "Count of responses issued by the brand.", "en"))
    assert found.evidence == ("Inbound volume", "Response volume")


@pytest.mark.parametrize("text", [
    "Measure your join-to-first-message rate — the share of joiners who post anything at all in their first week.",
    "I watch the bounce rate – the percentage of visitors who leave after one page.",
    "We track how many people clicked (the number of clicks on the links in our posts).",
])
def test_a_measure_glossing_the_metric_before_it_counts_once(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 1


def test_a_dash_without_an_article_parts_list_items() -> None:
    assert find_metrics(Reading.of("Metrics: reach – number of followers – share of voice.", "en")).count == 3


def test_a_dash_between_metrics_in_a_sentence_glosses_nothing() -> None:
    found = find_metrics(Reading.of("I watch reach — and engagement rate, and follower growth.", "en"))
    assert found.count == 3


@pytest.mark.parametrize(("text", "doubtful"), [
    ("Popular bots like Carl-bot, Dyno, and MEE6 provide customizable rule sets that catch spam.",
     ("Carl-bot", "Dyno", "MEE6")),
    ("Dashboard tools like Hootsuite, Buffer, or Sprout Social allow SMMs to manage many accounts.",
     ("Hootsuite", "Buffer", "Sprout Social")),
    ("Tools like Hootsuite or Sprout Social offer comprehensive data that helps in refining strategies.",
     ("Hootsuite", "Sprout Social")),
    ("Third-party tools like TwitchTracker and SullyGnome also provide detailed chat analytics.",
     ("TwitchTracker", "SullyGnome")),
    ("Tools like Brandwatch, Talkwalker and Meltwater ingest billions of public posts daily.",
     ("Brandwatch", "Talkwalker", "Meltwater")),
])
def test_tools_described_as_examples_of_a_kind_are_doubtful(text: str, doubtful: tuple[str, ...]) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert (found.count, found.doubtful) == (0, doubtful)


@pytest.mark.parametrize("text", [
    "Tools like Hootsuite and Canva allow me to plan a month ahead.",
    "We run bots like Carl-bot and MEE6, which provide rule sets.",
    "Our go-to tools like Hootsuite or Sprout Social offer comprehensive data.",
])
def test_examples_of_a_kind_the_candidate_speaks_of_count(text: str) -> None:
    assert find_tools(Reading.of(text, "en")).count == 2


@pytest.mark.parametrize("text", [
    "I recommend Canva to my clients because it is such great value. Sprout Social is our analytics tool.",
    "I'd always recommend Canva. Sprout Social is our analytics tool.",
])
def test_the_candidates_own_recommendation_is_doubtful(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert (found.evidence, found.doubtful) == (("Sprout Social",), ("Canva",))


def test_someone_elses_recommendation_is_no_use() -> None:
    found = find_tools(Reading.of("My agency friends recommend Canva. Sprout Social is our analytics tool.", "en"))
    assert (found.evidence, found.doubtful) == (("Sprout Social",), ())


@pytest.mark.parametrize(("text", "evidence"), [
    ("Engagement rate: define it once (engagement_rate = (posts + replies + reactions) / MAU). A rising engagement "
     "rate with falling time_to_first_response is healthy.", ("Engagement rate", "time_to_first_response")),
    ("I track reach, saves and CTR = clicks / impressions.", ("reach", "saves", "CTR")),
])
def test_the_parts_of_a_formula_are_not_metrics_of_their_own(text: str, evidence: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == evidence


def test_an_equals_sign_without_arithmetic_is_no_formula() -> None:
    assert find_metrics(Reading.of("My KPIs = reach, saves, and shares.", "en")).count == 3


@pytest.mark.parametrize(("text", "evidence"), [
    # The definition of the label's metric ends where the list of metrics goes on.
    ("For me it is about retention: how many customers come back within 90 days, and lifetime value.",
     ("retention", "lifetime value")),
    # A definition with commas of its own stays one metric.
    ("Reach: the number of people who saw a post, including shares.", ("Reach",)),
])
def test_a_definition_ends_where_the_list_goes_on(text: str, evidence: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == evidence


@pytest.mark.parametrize("text", [
    "As a former customer service and sales manager, I've had my share of these interactions.",
    "Our sales reps had their fair share of angry calls.",
])
def test_a_job_title_and_an_idiom_of_sharing_are_no_metrics(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 0
