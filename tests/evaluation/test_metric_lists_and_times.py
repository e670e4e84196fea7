"""Metrics in bulleted lines, after abbreviations, as "time to ..." and "X handled per day"
(bot/evaluation/metrics.py lists, bot/evaluation/text.py sentences, metric_frames.toml [time_to])."""

from __future__ import annotations

import pytest

from bot.evaluation import metric_frames, metrics
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading
from bot.evaluation.text import layout
from tests.evaluation.conftest import reply
from tests.evaluation.steps import steps

_FILES = frozenset({metrics.__file__, metric_frames.__file__})


def metrics_of(text: str, language: str = "en") -> Finding:
    return find_metrics(Reading.of(text, language))


def test_bulleted_lines_of_a_few_words_more_are_one_list() -> None:
    text = ("Roughly these:\n"
            "  • how big our followership is on each network\n"
            "  • the frequency of what we publish there\n"
            "  • what level of engagement each post earns\n")
    assert metrics_of(text).count == 3


def test_long_unbulleted_lines_are_not_a_list() -> None:
    text = ("We meet on Tuesdays to talk about engagement and plans\n"
            "Everyone brings coffee and a few ideas for the frequency of posts\n")
    assert metrics_of(text).count == 0


def test_an_abbreviation_does_not_end_the_sentence() -> None:
    text = "I track a few things, e.g. reach and saves, each month."
    assert len(layout(text).sentences) == 1


def test_german_measured_metrics_after_an_abbreviation() -> None:
    text = "Erfolg wird bei uns u.a. an Kommentaren, Retweets und dem Engagement gemessen."
    assert metrics_of(text, "de").count == 3


def test_time_to_close_is_a_resolution_time_in_a_sentence_about_metrics() -> None:
    found = metrics_of("Our mod KPIs: median time to close reported posts, and reply rate.")
    assert found.count == 2, found
    assert any("time to close" in e for e in found.evidence)


def test_taking_the_time_to_reply_is_advice_not_a_metric() -> None:
    found = metrics_of("Metrics aside, take the time to reply properly and it's time to answer honestly.")
    assert found.count == 0, found


def test_a_participle_before_per_leaves_the_count_to_the_noun_before_it() -> None:
    found = metrics_of("We measure reply time and the average number of chats handled per agent.")
    assert found.count == 2, found


@pytest.mark.parametrize("text", [
    # A participle that is no thing by itself ("received", "got") is read past as "handled" is.
    "I watch saves, DMs received per week and mentions.",
    "I watch saves, messages received per day and mentions.",
])
def test_a_participle_that_is_no_thing_before_per_leaves_the_count_to_the_noun(text: str) -> None:
    assert metrics_of(text).count == 3


def test_a_participle_after_a_person_before_per_counts_nothing() -> None:
    assert metrics_of("I watch saves and mentions, and what I received per post.").count == 2


def test_audience_demographics_are_a_metric() -> None:
    assert metrics_of("Monthly I report audience demographics, reach and saves.").count == 3


def test_a_bulleted_tip_beside_bulleted_metrics_is_no_metric() -> None:
    text = ("- the reach and saves we get on every single post\n"
            "- the share of people who click through to the shop\n"
            "- reply calmly to angry comments before anything else\n")
    found = metrics_of(text)
    assert not any("comments" in e for e in found.evidence), found


def test_numbered_answers_are_not_read_as_one_list_of_long_items() -> None:
    text = ("1. Hootsuite and Canva for everything.\n2. Reach, saves and CTR.\n"
            "3. Reply quickly to comments to keep it calm.")
    assert metrics_of(text).count == 3


def test_report_rows_naming_what_was_done_are_metrics() -> None:
    text = "What my monthly report shows:\n1. Profiles Visited\n2. Posts Shared\n3. Accounts Reached\n"
    found = metrics_of(text)
    assert found.count == 3, found


def test_advice_items_that_start_with_an_action_are_no_metrics() -> None:
    text = "For angry people:\n1. Follow up\n2. Reply in private\n3. Share the fix\n"
    assert metrics_of(text).count == 0


def test_positive_or_negative_in_a_sentence_about_metrics_is_sentiment() -> None:
    found = metrics_of("I track how many mentions we get and whether they are positive or negative.")
    assert found.count == 2, found


def test_a_short_item_between_metrics_after_a_cue_is_a_metric() -> None:
    found = metrics_of("The KPIs I report on: keywords, reach, brand lift and saves.")
    assert found.evidence == ("keywords", "reach", "brand lift", "saves"), found


def test_items_tacked_on_after_the_metrics_are_not_metrics() -> None:
    found = metrics_of("We track reach, engagement, budget and deadlines.")
    assert found.evidence == ("reach", "engagement"), found


def test_tools_channels_and_etc_in_a_list_of_metrics_are_not_metrics() -> None:
    found = metrics_of("I monitor Hootsuite, Instagram, etc, reach and saves.")
    assert found.evidence == ("reach", "saves"), found


@pytest.mark.parametrize("line", [
    "KPIs: keywords, reach, brand lift, saves, ",
    "- Accounts Reached\n- Posts Saved\n- reply calmly to every angry comment\n",
    "I track time to close, e.g. reach. ",
])
def test_reading_lists_and_times_is_linear(line: str) -> None:
    def run(size: int) -> int:
        reading = Reading.of(line * size, "en")
        find_metrics(reading)  # warm: lexicons load outside the count
        return steps(lambda: find_metrics(reading), _FILES)

    assert run(8 * 40) / run(40) < 16


def test_resolution_time_first_contact_resolution_and_effort_are_three_metrics() -> None:
    """How long cases take to close, how many close at the first contact and how hard it was for the customer
    are three support metrics, as response time and response rate are two (metrics.toml)."""
    found = find_metrics(Reading.of(reply("metrics_three_support_times_and_rates"), "en"))
    assert found.count == 3, found


def test_what_is_done_fast_stands_before_a_comma() -> None:
    """"the speed at which news spreads online, to answer quickly": the news spreads, no one answers fast, so
    no response time is named; "how quickly we reply" still is one."""
    aside = "It matters, given the speed at which news spreads online, to answer quickly."
    assert find_metrics(Reading.of(aside, "en")).count == 0
    assert find_metrics(Reading.of("We watch reach and how quickly we reply.", "en")).count == 2
