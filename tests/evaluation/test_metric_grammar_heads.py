"""More of the grammar of measurement: plural measure names, and what counted people do
(bot/lexicons/metric_frames.toml [actions], [speed_actions]; bot/evaluation/lexicon.py plurals)."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str, language: str = "en") -> Finding:
    return find_metrics(Reading.of(text, language))


def test_a_measure_name_in_the_plural_is_the_same_metric() -> None:
    found = metrics_of("Each Friday I send round our reply times, engagement rates per network and follower counts.")
    assert found.evidence == ("reply times", "engagement rates", "follower counts"), found


def test_a_plural_and_a_singular_of_one_name_count_once() -> None:
    found = metrics_of("I watch response time on chat and response times on email, and CSAT.")
    assert found.count == 2, found


def test_members_gained_and_members_lost_are_growth_and_churn() -> None:
    found = metrics_of("Every month I note how many members we gained and how many we lost.")
    assert found.count == 2, found


def test_people_counted_as_they_turn_up_is_attendance() -> None:
    found = metrics_of("For the meetups I count how many people showed up, and I track likes and shares online.")
    assert found.count == 3, found
    assert any("showed up" in e for e in found.evidence)


def test_people_counted_as_they_tag_us_are_mentions() -> None:
    found = metrics_of("I keep a tally of how many customers tag us in their stories and how many repost them.")
    assert found.count == 2, found


def test_how_long_people_wait_is_a_response_time() -> None:
    found = metrics_of("I measure how long customers wait for us, plus open rate and clicks.")
    assert found.count == 3, found
    assert any("wait" in e for e in found.evidence)


def test_subs_is_short_for_subscribers() -> None:
    assert metrics_of("On YouTube: views, watch time and subs.").count == 3


def test_time_to_first_answer_is_first_response_time() -> None:
    found = metrics_of("Our forum KPIs are time to first answer and the share of solved threads.")
    assert found.evidence[0] == "time to first answer", found
    assert found.count == 2, found


def test_a_count_people_lose_is_no_metric_without_measuring() -> None:
    # "lose" counts only after a quantity: here nothing is counted.
    assert metrics_of("We lose some members every summer and gain them back in autumn.").count == 0


def test_posts_picked_out_by_what_people_do_to_them_are_that_metric() -> None:
    found = metrics_of("In Insights I look at which carousels got saved and what content gets shared.")
    assert found.count == 2, found
    assert found.evidence == ("which carousels got saved", "what content gets shared")


def test_what_gets_done_with_the_thing_unsaid_is_that_metric() -> None:
    """"what gets shared": the counted action alone picks out the posts; "which" after a noun opens a
    relative clause, and outside a sentence about metrics "what gets shared" measures nothing."""
    found = metrics_of("Every week I check what gets shared, what got saved and how quickly we reply.")
    assert found.evidence == ("what gets shared", "what got saved", "how quickly we reply"), found
    assert metrics_of("The team decides on Mondays what gets shared on Fridays.").count == 0
    assert metrics_of("I track reach and a post which gets shared a lot.").evidence == ("reach",)


def test_which_before_people_or_a_pronoun_asks_nothing() -> None:
    found = metrics_of("I track reach and likes, which people like to see, and what we post gets shared.")
    assert found.evidence == ("reach", "likes"), found


def test_a_count_read_up_to_a_comma_leaves_the_next_count_its_own() -> None:
    found = metrics_of("Monthly I report the number of subscribers, the number of active users and churn.")
    assert found.count == 3, found


def test_a_named_metric_holding_a_counted_word_counts_once() -> None:
    # "average view duration" is watch time; "average view" is not also a count of views.
    found = metrics_of("I watch average view duration and likes.")
    assert found.evidence == ("average view duration", "likes"), found


def test_a_time_frame_holding_a_named_word_is_the_time_alone() -> None:
    found = metrics_of("We measure how quickly complaints get a first reply and CSAT.")
    assert found.count == 2, found


def test_growth_of_a_thing_is_the_one_growth_metric() -> None:
    found = metrics_of("Metrics: growth in newsletter readers and open rate.")
    assert found.count == 2, found


def test_gains_after_a_thing_measure_it() -> None:
    assert metrics_of("I report subscriber gains, watch time and CTR.").count == 3


def test_wanting_to_see_whether_people_act_is_a_metric_by_itself() -> None:
    found = metrics_of("After a post goes out I want to see whether people save it.")
    assert found.evidence == ("see whether people save",), found


def test_a_preposition_or_a_verb_before_a_measure_word_measures_nothing() -> None:
    # "about speed", "calculate per": no thing is named before the measure word.
    found = metrics_of("Support is all about speed. I calculate per post what we earn, and I track reach and saves.")
    assert found.evidence == ("reach", "saves"), found
