"""Negation and time with scope: a later sentence or a relative clause can take a mention back."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES, reply


def test_a_tool_taken_back_by_the_next_sentence_or_a_relative_clause_does_not_count() -> None:
    found = find_tools(Reading.of(reply("tool_taken_back_in_the_next_sentence"), "en"))
    assert found.evidence == ("Canva", "Loomly")
    assert found.notes == (
        "negated: stopped using it … Hootsuite", "negated: no more … Buffer", "negated: I left … Agorapulse")


def test_a_next_sentence_without_a_pointer_takes_back_only_when_it_is_all_there_is() -> None:
    found = find_tools(Reading.of("I use Hootsuite daily. No more manual posting for me.", "en"))
    assert found.evidence == ("Hootsuite",)


def test_a_new_paragraph_does_not_take_back_the_one_before() -> None:
    found = find_tools(Reading.of("I use Hootsuite daily.\n\nNo more.", "en"))
    assert found.evidence == ("Hootsuite",)


def test_curly_straight_and_modifier_apostrophes_are_one() -> None:
    for apostrophe in "'’‘ʼ":
        found = find_tools(Reading.of(f"We don{apostrophe}t use Hootsuite.", "en"))
        assert found.count == 0 and found.notes, apostrophe


def test_a_tool_used_for_something_or_got_used_to_is_not_a_past_habit() -> None:
    """"used to" puts a tool in the past only on its own ("I used to use Buffer"); after have, be or
    get it is a tool used for something, or being accustomed. A negation word that stresses ("not
    only", "can't live without") denies nothing."""
    found = find_tools(Reading.of(reply("tools_used_for_something_not_in_the_past"), "en"))
    assert found.evidence == ("Loomly", "Canva", "Metricool", "Hootsuite", "Buffer", "Zapier"), found
    assert found.notes == ()


def test_used_to_alone_is_still_the_past() -> None:
    found = find_tools(Reading.of("I used to use Buffer for everything. These days it is Hootsuite.", "en"))
    assert found.evidence == ("Hootsuite",)
    assert found.notes == ("negated: used to … Buffer",)


def test_french_ne_que_means_only() -> None:
    found = find_tools(Reading.of("Je n'utilise que Hootsuite et Canva pour tout planifier.", "fr"))
    assert found.evidence == ("Hootsuite", "Canva")


def test_metrics_weighed_against_each_other_are_both_watched() -> None:
    """A comparison cancels tools ("Sprout versus Buffer": neither is used) but not metrics: "how
    many sign up versus how many cancel" watches both; "friendly or not" asks, it denies nothing."""
    found = find_metrics(Reading.of(reply("metrics_weighed_against_each_other"), "en"))
    assert found.count >= 4, found
    assert found.notes == (), found.notes
    assert find_tools(Reading.of("We are comparing Sprout versus Buffer this month.", "en")).count == 0


def test_portuguese_no_is_in_the_not_a_negation() -> None:
    """"No trabalho uso o Hootsuite": Portuguese "no" is "in the"; English "no" still negates in an
    English reply, and "não" in a Portuguese one."""
    found = find_tools(Reading.of(reply("portuguese_no_as_in_the"), "pt"))
    assert found.evidence == ("Hootsuite", "Canva", "Metricool"), found
    assert find_tools(Reading.of("Não uso o Hootsuite nem o Buffer.", "pt")).count == 0
    assert find_tools(Reading.of("No Hootsuite for us, and no Buffer either.", "en")).count == 0


@pytest.mark.parametrize("text", [
    "We are still choosing between Loomly and Sendible, no decision yet.",
    "I'm torn between Loomly and Sendible for next year.",
    "I've heard great things about Loomly and Sendible.",
    "I was trained on Loomly and Sendible but never got access.",
    "Loomly and Sendible? Honestly, never heard of them.",
])
def test_tools_weighed_or_only_heard_of_are_not_used(text: str) -> None:
    """Choosing between two tools uses neither, and having heard of them is no use either."""
    assert find_tools(Reading.of(text, "en")).count == 0


def test_tools_chosen_and_used_still_count() -> None:
    found = find_tools(Reading.of("After choosing between three, we use Loomly and Sendible every day.", "en"))
    assert found.count == 2, found


@pytest.mark.parametrize("text", [
    "I'd like to start tracking reach, saves and click-through rate next year.",
    "Reach, saves and click-through rate mean nothing to me, to be honest.",
    "Reach, saves and click-through rate: never heard of them.",
])
def test_metrics_only_wished_for_or_dismissed_are_not_watched(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 0


def test_a_habit_that_starts_the_week_still_watches() -> None:
    text = "I like to start the week with reach, saves and click-through rate."
    assert find_metrics(Reading.of(text, "en")).count == 3


def test_a_tool_few_people_have_heard_of_is_still_used() -> None:
    found = find_tools(Reading.of("I use Kurrently and Loomly, which most people have never heard of.", "en"))
    assert found.count == 2, found


def test_a_denial_stressed_by_without_makes_the_tool_essential() -> None:
    """"I couldn't do this job without Agorapulse": a denial followed by "without" says the tool is
    essential, whatever words stand between; a denial or a "without" alone still cancels."""
    found = find_tools(Reading.of(reply("tools_essential_with_a_denied_without"), "en"))
    assert found.evidence == ("Agorapulse", "Airtable", "Planable", "Zapier"), found
    assert found.notes == ("negated: don't … Hootsuite", "negated: stopped … Buffer"), found


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("es", "No podría trabajar sin Metricool ni Canva.", ("Metricool",)),
    ("de", "Ich könnte nicht ohne Hootsuite arbeiten.", ("Hootsuite",)),
    ("fr", "Je ne publie jamais sans Canva.", ("Canva",)),
    ("pt", "Não consigo trabalhar sem o Canva.", ("Canva",)),
])
def test_a_stressed_without_in_other_languages(language: str, text: str, kept: tuple[str, ...]) -> None:
    found = find_tools(Reading.of(text, language))
    assert found.evidence == kept, found


@pytest.mark.parametrize(("text", "kept"), [
    # What cannot be done without it: the "without" names a need, the metrics after it are read.
    ("Without a look at the analytics, it is impossible to judge reach, saves or the reply rate.",
     ("reach", "saves", "reply rate")),
    ("Without Looker Studio it would be hard to track reach, saves or the reply rate.",
     ("reach", "saves", "reply rate")),
    # A "without" with nothing that cannot be done after it still denies.
    ("We manage without reach, saves or reply rate figures.", ()),
])
def test_a_without_before_what_cannot_be_done_names_a_need(text: str, kept: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == kept


def test_the_simple_past_with_a_recent_time_is_use_now() -> None:
    """"This week I used Agorapulse to follow the hashtag": a recent time makes the simple past today's use,
    while "I used Hootsuite at my previous job" stays the past. A network's own lists are a listening tool."""
    found = find_tools(Reading.of(reply("tools_used_this_week_and_network_lists"), "en"))
    assert found.evidence == ("Agorapulse", "Canva", "LinkedIn lists"), found
    assert found.notes == ("negated: I used … Hootsuite",), found


@pytest.mark.parametrize(("text", "kept"), [
    # "without a reply" negates the reply, not the next item of the list, a clause of its own.
    ("I keep an eye on whether people come back, how long new threads sit without a reply, and what share of "
     "our mentions are negative.", "share of our mentions"),
    ("I check that reach keeps climbing, that comments per post don't drop, and that link clicks turn into "
     "sign-ups.", "link clicks"),
    ("Miro que el alcance no baje, y que los clics en enlaces sigan creciendo.", "clics en enlaces"),
])
def test_a_new_clause_after_a_comma_ends_a_negations_scope(text: str, kept: str) -> None:
    """", and that ...", ", and what ...": a comma, a join and a word that opens a clause start a clause of
    its own, out of reach of a negation in the clause before."""
    found = find_metrics(Reading.of(text, "es" if text.startswith("Miro") else "en"))
    assert any(kept in evidence for evidence in found.evidence), found
    assert not any(kept in note for note in found.notes), found


def test_a_list_after_a_negation_without_a_new_clause_stays_negated() -> None:
    found = find_metrics(Reading.of("I don't track likes, shares and comments any more.", "en"))
    assert found.count == 0, found


@pytest.mark.parametrize(("text", "used", "set_aside"), [
    ("A year ago, I chose Sendible over Agorapulse for scheduling.", ("Sendible",), "Agorapulse"),
    ("We picked Later over Planoly, and Canva does the graphics.", ("Later", "Canva"), "Planoly"),
])
def test_a_tool_chosen_over_another_sets_the_other_aside(text: str, used: tuple[str, ...], set_aside: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.evidence == used, found
    assert any(set_aside in note for note in found.notes), found


def test_over_without_a_choice_sets_nothing_aside() -> None:
    found = find_tools(Reading.of("I prefer to post over the weekend with Later and Canva.", "en"))
    assert found.evidence == ("Later", "Canva"), found


def test_a_metric_judged_a_vanity_metric_through_a_pronoun_is_not_watched() -> None:
    """"While followers are a popular measure of growth, plenty of marketers consider it a vanity metric": the
    pronoun points back at what the sentence named, as "followers are a vanity metric" would."""
    found = find_metrics(Reading.of(
        "I report reach and saves. While followers are a popular measure of growth, plenty of marketers consider "
        "it a vanity metric.", "en"))
    assert found.evidence == ("reach", "saves"), found


@pytest.mark.parametrize(("text", "used"), [
    # Deliberating between tools uses neither.
    ("I keep wondering whether Sendible really beats Agorapulse for a team of two.", ()),
    ("Not sure if Loomly is worth the money; Canva and Buffer are what I open daily.", ("Canva", "Buffer")),
])
def test_tools_deliberated_over_are_not_used(text: str, used: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == used


def test_metrics_to_go_beyond_are_set_aside() -> None:
    found = find_metrics(Reading.of("Go beyond likes: I watch saves, shares and comments.", "en"))
    assert found.evidence == ("saves", "shares", "comments"), found


@pytest.mark.parametrize(("text", "kept", "note"), [
    ("For the launch I used Canva to design the posts and we used Later for scheduling.", ("Canva", "Later"), ()),
    ("I used Hootsuite at my previous job. I design in Canva.", ("Canva",), ("negated: I used … Hootsuite",)),
    ("I used Buffer to start with. I design in Canva.", ("Canva",), ("negated: I used … Buffer",)),
    # What the tool did may follow the rest of a short list of names.
    ("First, I used Tweetstats and Twittercounter to get some basic analytics.", ("Tweetstats", "Twittercounter"), ()),
    ("I used Canva, Later and Planoly to plan the grid.", ("Canva", "Later", "Planoly"), ()),
    ("I used Hootsuite and Buffer years ago. I design in Canva.", ("Canva",),
     ("negated: I used … Hootsuite", "negated: I used … Buffer")),
])
def test_the_simple_past_told_with_what_the_tool_did_is_use(text: str, kept: tuple[str, ...],
                                                           note: tuple[str, ...]) -> None:
    """"I used Canva to design the posts": the simple past told with what the tool did narrates the candidate's
    work, as a recent time does, for every name of a short list before it ("I used Tweetstats and Twittercounter to
    get some basic analytics"); "I used Hootsuite at my previous job" and "to start with" stay the past."""
    found = find_tools(Reading.of(text, "en"))
    assert (found.evidence, found.notes) == (kept, note), found


def test_a_reply_telling_its_tools_in_the_simple_past_passes() -> None:
    result = evaluate_bytes((FIXTURES / "tools_used_for_a_task_in_the_past_tense.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"
