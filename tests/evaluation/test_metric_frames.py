"""Metrics as people phrase them: the grammar of measurement (bot/lexicons/metric_frames.toml)."""

from __future__ import annotations

import pytest

from bot.evaluation import metric_frames
from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading
from tests.evaluation.conftest import reply


def metrics_of(text: str, language: str = "en") -> Finding:
    return find_metrics(Reading.of(text, language))


def test_questions_the_candidate_asks_and_counted_actions_are_metrics() -> None:
    found = metrics_of(reply("metrics_phrased_as_questions_and_counts"))
    assert found.count == 3, found
    assert any("how many of our members are active" in e for e in found.evidence)
    assert any("How many people clicked" in e for e in found.evidence)
    assert any("questions answered" in e for e in found.evidence)


def test_a_thing_followed_by_its_measure_is_a_metric() -> None:
    found = metrics_of(reply("metrics_named_by_their_measure"))
    assert set(found.evidence) >= {"ticket volume", "topic trends", "touches per ticket"}
    assert any("sentiment" in e for e in found.evidence)


def test_a_short_list_of_metric_words_reads_as_one_list() -> None:
    found = metrics_of(reply("metrics_as_a_short_list"))
    assert found.evidence == ("Saves", "RTs", "Replies")


def test_time_and_rate_in_everyday_phrases_are_not_metrics() -> None:
    assert metrics_of(reply("metrics_that_are_not_measures")).count == 0


def test_a_question_repeating_the_request_still_does_not_count() -> None:
    assert metrics_of(reply("metric_questions_repeating_the_request")).count == 0


def test_a_french_plus_means_more_not_no_longer() -> None:
    found = metrics_of(reply("metrics_in_french_with_plus"), "fr")
    assert found.count == 3, found
    assert found.notes == ()


def test_a_metric_named_and_measured_counts_once() -> None:
    found = metrics_of("We track engagement rate and how many people engaged with each post, and reach.")
    assert found.count == 2, found


def test_a_named_thing_after_a_quantity_is_left_to_the_named_metric() -> None:
    found = metrics_of("I report the number of followers, reach and saves every week, and our followers.")
    assert found.evidence == ("number of followers", "reach", "saves")


def test_first_response_time_and_overall_response_time_are_two_metrics() -> None:
    found = metrics_of("Our KPIs are first response time, overall response time and CSAT.")
    assert found.count == 3


def test_each_metric_says_which_frame_found_it() -> None:
    found = metrics_of("I watch how many people clicked, the topic trends and reach.")
    assert any('measured: "how many"' in why for why in found.why), found.why
    assert any('"topic" + "trends"' in why for why in found.why), found.why
    assert any(why.startswith("reach: named metric") for why in found.why), found.why


def test_a_negated_measure_does_not_count() -> None:
    found = metrics_of("We don't track how many people clicked.")
    assert found.count == 0 and found.notes


def test_actions_joined_to_a_counted_one_are_counted_too() -> None:
    """"this many of them liked, shared or commented" counts likes, shares and comments; a verb
    before the quantity ("we reached this many readers") says what the count measures."""
    found = find_metrics(Reading.of(reply("counted_actions_joined"), "en"))
    assert found.count == 4, found
    assert found.evidence[0] == "reached this many readers"
    assert found.evidence[2:] == ("shared", "commented"), found


def test_a_counted_action_with_an_object_joins_nothing() -> None:
    found = find_metrics(Reading.of("How many people clicked the link and then what did they read?", "en"))
    assert found.count == 1, found


def test_goals_questions_and_speeds_name_the_metric_by_what_people_do() -> None:
    # "whether new members come back" is retention, "how fast we reply" response time, "how many of
    # our guides get bookmarked or shared" saves and shares, "Are readers clicking through?" clicks.
    found = metrics_of(reply("metrics_asked_as_goals_and_speeds"))
    assert found.count == 5, found
    assert any(e.startswith("whether new members come back") for e in found.evidence)
    assert any(e.startswith("how fast we reply") for e in found.evidence)
    assert any("bookmarked" in e for e in found.evidence) and "shared" in found.evidence
    assert any(e.startswith("Are readers clicking") for e in found.evidence)


def test_a_condition_about_someone_or_a_speed_of_nothing_measured_is_no_metric() -> None:
    text = "If someone is upset I answer. How quickly I want to go home is another story. Do they like pizza?"
    assert metrics_of(text).count == 0


def test_the_average_time_it_takes_to_respond_is_one_metric() -> None:
    found = metrics_of("We track the average time it takes our team to respond, and customer happiness.")
    assert found.count == 2, found


def test_instead_of_sets_aside_only_the_words_after_it() -> None:
    found = metrics_of("KPIs: how many members post instead of lurking, and whether the mood is improving.")
    assert "mood" in found.evidence, found
    assert not any("lurking" in e for e in found.evidence)


def test_paid_social_costs_are_different_metrics() -> None:
    assert metrics_of("The numbers I report: CPM, CPC and ROAS.").count == 3


def test_goals_for_more_or_fewer_people_doing_something_are_metrics() -> None:
    text = "KPIs this year: more people sharing our posts, more people clicking the link, fewer people unfollowing."
    assert metrics_of(text).count == 3


def test_a_size_that_describes_a_thing_is_no_metric() -> None:
    assert metrics_of("KPIs aside, I run a mid-size brand and share bite-size tips on a family-size budget.").count == 0


def test_growth_on_its_own_is_audience_growth_and_after_a_metric_is_that_metrics() -> None:
    assert metrics_of("I look at reach, engagement and growth.").count == 3
    assert metrics_of("KPIs: sales growth and reach.").evidence == ("sales", "reach")
    assert metrics_of("Personal growth is important to me.").count == 0


def test_german_compounds_ending_in_a_metric_name_are_that_metric() -> None:
    found = metrics_of("Ich messe die Beitragsreichweite, die Videoaufrufe und die Webseitenklicks.", "de")
    assert found.evidence == ("Beitragsreichweite", "Videoaufrufe", "Webseitenklicks")
    # Only German writes its measures into one word: elsewhere a compound is no metric.
    assert metrics_of("Metrics: webseitenklicks, beitragsreichweite.", "en").count == 0


def test_a_number_moving_in_a_reason_is_a_fact_not_a_metric() -> None:
    """"reach, since our audience is still growing": the growth explains why reach matters, it is
    not watched itself, so two metrics stay two (a long answer a little short goes to a person)."""
    found = metrics_of(reply("audience_growing_as_a_reason"))
    assert found.evidence == ("reach", "engagement rate"), found
    assert metrics_of("I check whether our audience is growing, plus reach and saves.").count == 3


def test_a_moving_number_names_a_thing_of_its_own_clause_only() -> None:
    """"... the best proxy for habitual value. A rising engagement rate ..." and "is healthy; rising
    engagement ..." name no trend of "value" or "healthy": the word before a break is another clause's."""
    found = metrics_of("The ratio is the best proxy for habitual value. A rising engagement rate with falling "
                       "response time is healthy; rising engagement with rising response time is not.")
    assert found.evidence == ("engagement rate", "response time"), found


def test_counted_complaints_and_what_anyone_did_are_metrics() -> None:
    """"the share of negative comments" counts a thing that alone is no metric ("I reply to negative
    comments"), so it measures it; "did anybody order?" asks what someone did, as "did people click?"."""
    found = metrics_of(reply("counted_complaints_and_questions_about_anyone"))
    assert found.count == 3, found
    assert any("share of negative comments" in e for e in found.evidence), found.evidence
    assert any("anybody order" in e for e in found.evidence), found.evidence
    assert metrics_of("I reply to negative comments and look at reach and saves.").count == 2


def test_an_average_inside_a_romance_metric_name_is_that_metric() -> None:
    """"la tasa media de interacción", "el tiempo promedio de respuesta": Spanish, French and
    Portuguese put "average" after the noun, inside the name (metrics.toml [averages])."""
    found = metrics_of(reply("romance_average_inside_metric_names"), "es")
    assert found.evidence == ("alcance", "tasa media de interacción", "tiempo promedio de respuesta"), found
    assert metrics_of("Je regarde la portée, le taux moyen d'engagement et le temps moyen de réponse.", "fr").count == 3


def test_metrics_asked_with_who_and_what() -> None:
    """"who is actually engaging" (engagement), "what they share" (shares), "how positive the mood is"
    (sentiment); "a volunteer who comments" opens a relative clause and asks nothing."""
    found = metrics_of(reply("metrics_asked_with_who_and_what"))
    assert found.count == 3, found
    assert any("who is actually engaging" in e for e in found.evidence), found.evidence
    assert any("what they share" in e for e in found.evidence), found.evidence
    assert not any("who comments" in e for e in found.evidence), found.evidence


def test_standard_metrics_of_neighbouring_trades_are_metrics() -> None:
    """Product and email metrics community managers report: activation, time spent, attendance,
    unsubscribes (retention), lifetime value."""
    found = metrics_of(reply("standard_metrics_of_other_trades"))
    wanted = {"activation", "time spent", "event attendance", "unsubscribes", "lifetime value"}
    assert wanted <= set(found.evidence), found


def test_first_posts_counted_and_renewals_are_metrics() -> None:
    """"how many first posts get an answer": "first" says which posts, as "new" does; renewing is
    staying (retention)."""
    found = metrics_of(reply("counted_first_posts_and_renewals"))
    assert found.count == 3, found
    assert any("renew" in e for e in found.evidence), found.evidence


def test_a_reply_repeating_its_metric_phrasing_lowers_each_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The frames lower and fold every word of each clause they read (several times a clause); a hostile reply
    repeats its words, and each word is now worked out once (before: each time it was read)."""
    folded: list[str] = []
    real = metric_frames.fold

    def counted(text: str) -> str:
        folded.append(text)
        return real(text)

    sentence = "how many people clicked per post and the number of shares per week. "
    find_metrics(Reading.of(sentence, "en"))  # warm: the lexicons load outside the count
    metric_frames._low.cache_clear()
    monkeypatch.setattr(metric_frames, "fold", counted)
    find_metrics(Reading.of(sentence * 30, "en"))
    assert len(folded) == len(set(folded)) < 30


def test_a_state_before_a_plural_thing_in_a_list_is_a_count() -> None:
    # "unanswered threads", "active posters": each state of a thing is its own metric; CAC and click-throughs
    # are named metrics.
    found = metrics_of(reply("metrics_counted_by_their_state"))
    assert set(found.evidence) >= {"active posters", "unanswered threads", "CAC", "click-throughs"}, found


def test_a_state_after_a_verb_is_something_done_not_counted() -> None:
    # "answer new questions", "flag reported comments", "welcome new members": what the candidate does.
    found = metrics_of(reply("states_that_are_things_done"))
    assert not any(e in found.evidence for e in ("new questions", "reported comments")), found


def test_metrics_the_candidate_is_named_only_to_be_left_out_of_are_not_theirs() -> None:
    # "..., not me": CAC, LTV and churn are the board's and finance's.
    assert metrics_of(reply("metrics_left_to_others_not_me")).count == 0


def test_the_metrics_of_newsletters_ads_and_video_are_named() -> None:
    found = metrics_of(reply("metrics_of_newsletters_ads_and_video"))
    assert set(found.evidence) >= {"opens", "frequency", "watch hours", "complaint volume"}, found


@pytest.mark.parametrize(("text", "metric"), [
    ("Each week I track who is helping newcomers, and reach.", "who is helping"),
    ("I watch saves, reach and who is answering questions in the forum.", "who is answering"),
])
def test_who_is_doing_something_after_a_watching_word_is_a_metric(text: str, metric: str) -> None:
    """"I track who is helping newcomers": what the people counted are doing, in any verb, is what is measured."""
    assert metric in metrics_of(text).evidence


def test_who_opening_a_relative_clause_measures_nothing() -> None:
    assert metrics_of("Our designer, who is helping us this month, made the banner.").evidence == ()


def test_community_health_asked_of_the_people_counted() -> None:
    # Newcomers, participants and regulars are people counted; participating is taking part (contributions),
    # being retained is retention; an adverb of how they do it may stand between: "Are people actively posting?"
    text = ("The questions I track every month: Are newcomers actively participating? Are they being retained? "
            "Are regulars regularly coming back?")
    found = metrics_of(text)
    assert found.count == 2, found
    assert any(e.startswith("Are newcomers actively participating") for e in found.evidence), found
    assert any(e.startswith("Are regulars regularly coming back") or "retained" in e for e in found.evidence), found


def test_an_adverb_after_people_who_do_nothing_counted_asks_nothing() -> None:
    assert metrics_of("I track reach. Are people usually friendly? Are people generally kind?").count == 1
