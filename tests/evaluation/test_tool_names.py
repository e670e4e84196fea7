"""Tools no list knows: product-like names in usage frames (bot/lexicons/tool_frames.toml)."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Finding, Reading
from bot.evaluation.tool_names import product_like
from bot.evaluation.tools import find_tools
from tests.evaluation.conftest import reply


def tools_of(name: str, language: str = "en") -> Finding:
    return find_tools(Reading.of(reply(name), language))


def test_unknown_products_in_usage_frames_are_tools() -> None:
    found = tools_of("unlisted_tools_in_usage_frames")
    assert found.evidence == ("Kurrently", "Swat.io", "PicMonkey", "Statbot", "Pollmaster9")
    assert any('"schedule everything with Kurrently"' in why for why in found.why), found.why


def test_channels_people_and_common_words_in_usage_frames_are_not_tools() -> None:
    assert tools_of("channels_and_common_words_in_usage_frames").count == 0


def test_comparisons_and_recommendations_are_not_use() -> None:
    found = tools_of("compared_or_recommended_tools")
    assert found.count == 0
    # The candidate's own recommendation may come from use or from reputation: not counted, left to a person.
    assert "recommended by the candidate, maybe used: recommend … Statbot" in found.notes
    assert found.doubtful == ("Statbot",)


def test_a_name_defined_as_a_plugin_or_service_is_a_tool() -> None:
    assert tools_of("a_plugin_defined_by_name").evidence == ("Revive Old Post", "Kurrently")


def test_a_list_after_a_french_frame_names_each_tool() -> None:
    assert tools_of("glued_and_listed_names_in_french", "fr").evidence == ("Kurrently", "IFTTT", "OnlyWire")


@pytest.mark.parametrize(
    ("word", "is_product"),
    [("PicMonkey", True), ("mLabs", True), ("Swat.io", True), ("Kurrently", True), ("IFTTT", True),
     ("Monday", False), ("Sarah", False), ("Teams", False), ("FAQ", False), ("kurrently", False)],
)
def test_what_looks_like_a_product_name(word: str, is_product: bool) -> None:
    assert product_like(word, "en") is is_product


def test_a_networks_own_dashboards_count_once_per_network_listed() -> None:
    found = find_tools(Reading.of("Die Dashboards von Twitter, Facebook und Instagram sind ein guter Anfang.", "de"))
    assert found.count == 3, found
    assert found.notes == ()


def test_moderation_features_without_a_network_are_tools() -> None:
    found = find_tools(Reading.of("The moderator toolbox and modmail keep our subreddit sane.", "en"))
    assert found.evidence == ("moderator toolbox", "modmail")


def test_names_run_together_are_taken_apart() -> None:
    """A list that lost its separators ("Sprout SocialCanvaLoomlyZapplify") is four tools: the
    known names the tools list holds, and the product-like rest (and "the native insights of each
    network" after them, a network's own analytics, is a described tool)."""
    found = tools_of("names_run_together")
    assert found.evidence == ("Sprout Social", "Canva", "Loomly", "Zapplify", "native insights"), found
    assert all("run of names written together" in why for why in found.why[:4])


@pytest.mark.parametrize("text", ["We design everything in PicMonkey.", "HubSpot and TweetDeck for the rest.",
                                  "I post from my iPhone."])
def test_one_camel_case_name_is_not_taken_apart(text: str) -> None:
    assert not any("run of names" in why for why in find_tools(Reading.of(text, "en")).why)


def test_people_and_places_after_weak_frames_are_not_tools() -> None:
    """"rely on", "via", "moved to" and "includes" come before people and places as often as tools:
    a plain rare name there ("Siobhan", "Tromsø") is no tool."""
    found = tools_of("people_and_places_after_weak_frames")
    assert found.count == 0, found


def test_products_after_weak_frames_count_by_their_form_or_a_tool_word() -> None:
    """After a weak frame a name counts when written like a product (IFTTT, Swat.io, SnapMetrix) or
    when its sentence speaks of a tool ("the Kurrently app")."""
    found = tools_of("products_after_weak_frames")
    assert found.evidence == ("Kurrently", "IFTTT", "Swat.io", "SnapMetrix"), found


def test_a_title_abbreviation_does_not_end_a_name() -> None:
    found = tools_of("a_service_named_with_a_title")
    assert found.evidence == ("Dr. Hashtag",), found


def test_product_names_typed_in_lower_case_after_use_are_tools() -> None:
    # A phone reply: "we use kontentino for approvals and swello for the calendar".
    found = tools_of("lowercase_product_names_after_use")
    assert found.evidence == ("kontentino", "swello"), found


def test_lower_case_words_after_use_that_are_words_or_channels_are_not_tools() -> None:
    text = "i use hashtags and emojis a lot, we use tiktok n insta, and i use it daily"
    assert find_tools(Reading.of(text, "en")).count == 0


def test_each_name_of_a_list_may_say_what_it_is_for() -> None:
    found = find_tools(Reading.of("We use Kontentino for approvals and Swello for the calendar.", "en"))
    assert found.evidence == ("Kontentino", "Swello")
    assert find_tools(Reading.of("I use Hootsuite for scheduling and Maria for copy.", "en")).evidence == ("Hootsuite",)


def test_a_type_that_says_what_a_named_tool_is_is_the_same_tool() -> None:
    # A definition is no second tool: "Hootsuite is a social media management platform".
    text = "Hootsuite is a social media management platform founded in 2008. We rely on Gorgias, our helpdesk."
    assert find_tools(Reading.of(text, "en")).evidence == ("Hootsuite", "Gorgias")
    assert find_tools(Reading.of("I use Hootsuite and a social listening tool.", "en")).count == 2


@pytest.mark.parametrize("text", [
    # What the brand has stands between it and its verb; the type is one of the leading ones.
    "Hootsuite with 11 million users around the world is one of the leading social media management tools.",
    "Hootsuite, one of the best social media management tools, posts for us.",
])
def test_a_type_said_of_a_named_tool_past_what_it_has_is_the_same_tool(text: str) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == ("Hootsuite",)


def test_a_type_after_a_longer_clause_is_another_tool() -> None:
    # Past a clause of its own (a comma, another verb), the type is a second tool the candidate names.
    text = "We schedule with Hootsuite, and for listening we also run a social listening tool."
    assert find_tools(Reading.of(text, "en")).count == 2


def test_tools_wished_for_are_not_used() -> None:
    text = "I'd love to try Sprout Social and Brandwatch one day, but for now I post natively."
    assert find_tools(Reading.of(text, "en")).count == 0


def test_tools_at_a_former_workplace_are_not_used_now() -> None:
    text = "At my old agency we had Sprinklr and Brandwatch; since going freelance I don't use paid tools."
    assert find_tools(Reading.of(text, "en")).count == 0


def test_a_go_to_product_is_a_tool() -> None:
    assert find_tools(Reading.of("Kontentino is my go-to for approvals.", "en")).evidence == ("Kontentino",)


def test_a_possessive_is_the_name_too() -> None:
    """"Hootsuite's planner", "Shopify's own reports": the list's names with "'s" after them; "it's"
    and "let's" are no possessives."""
    found = tools_of("possessive_product_names")
    assert found.evidence == ("Hootsuite", "Canva", "Shopify"), found


def test_everyday_word_names_said_what_for_are_the_products() -> None:
    """"Buffer for posting", "Discourse for the forum": a listed everyday-word name, capitalised and
    followed by what it is used for, is the product; "later for the rest" is not."""
    found = tools_of("everyday_names_said_what_for")
    assert found.evidence == ("Buffer", "Notion", "Discourse"), found
    assert find_tools(Reading.of("I'll answer the rest later for sure, I use Canva.", "en")).evidence == ("Canva",)


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("es", "Utilizo Metricool y las estadísticas de Instagram.", ("Metricool", "estadísticas de Instagram")),
    ("pt", "Acompanho Metricool e Canva.", ("Metricool", "Canva")),
    ("es", "Uso Zonkify o Canva.", ("Zonkify", "Canva")),
])
def test_a_join_word_is_a_whole_word(language: str, text: str, kept: tuple[str, ...]) -> None:
    """The "o" ending "Utilizo" is no Spanish "or": the verb before a listed tool is not read back as a
    second product ("Utiliz"), while a real join ("Zonkify o Canva") still lists the name before it."""
    assert find_tools(Reading.of(text, language)).evidence == kept


@pytest.mark.parametrize(("word", "is_product"), [
    ("J’ai", False),        # "j'" elided into "ai": a common French word
    ("J'utilise", False),
    ("Qu’il", False),
    ("Agorapulse", True),
])
def test_an_elided_word_is_as_rare_as_its_host(word: str, is_product: bool) -> None:
    assert product_like(word, "fr") is is_product


def test_an_elided_verb_in_the_tools_answer_is_no_tool() -> None:
    """"Outils : Agorapulse, ... J’ai testé la programmation automatique": "J’ai" opens a sentence in the
    answer to the tools question, capitalised, but it is "I have", no product."""
    found = find_tools(Reading.of(reply("french_tools_answer_with_an_elided_verb"), "fr"), ())
    assert found.evidence == ("Agorapulse",), found
