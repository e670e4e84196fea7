"""Tools recommended to the reader are not the candidate's own (issue 9 item 1: "recommendations are not use").

A sentence that opens with a verb, speaks to the reader ("your", "you") and says nothing of the candidate ("Set up
Google Alerts for your company name and sign up for the free tier of Sendible") recommends: its tools are doubtful,
and a reply whose tools are all recommended goes to a person instead of passing (tool_frames.toml [to_the_reader],
bot/evaluation/to_the_reader.py). So does a sentence opening with a condition on the reader ("If you have the
budget, Sprinklr might meet your needs"), and a sentence told about another person with no word of the candidate
("Rayna picked Sendible and Later ..., because she wanted her posts planned") tells that person's tools. A terse
answer without a subject ("Use Sendible daily"), a recommendation the candidate takes up ("..., they are what I open
every morning") and "My manager set up Sendible and she trained me on it" (it holds "my") stay the candidate's."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.text import layout
from bot.evaluation.to_the_reader import not_the_candidates
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", ["tools_recommended_in_imperatives", "tools_recommended_in_another_language",
                                      "tools_another_persons_choice", "tools_for_the_readers_case"])
def test_tools_only_recommended_to_the_reader_go_to_a_person(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.criteria["metrics"].met and judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.NEEDS_REVIEW


@pytest.mark.parametrize("scenario", ["tools_recommended_and_taken_up", "tools_terse_without_a_subject"])
def test_tools_the_candidate_says_are_theirs_count(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ("Sendible", "Canva")
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize(("text", "language", "addressed"), [
    ("Just grab the free plan of Later for your shop.", "en", True),
    ("If you're starting out, download Buffer and connect your accounts.", "en", True),
    ("Try Later for your shop, I love it.", "en", False),          # the candidate speaks too
    ("Use Buffer daily for scheduling.", "en", False),              # no reader: a dropped subject
    ("We use Buffer for your convenience.", "en", False),           # opens with a subject, not a verb
    ("Nutzen Sie Hootsuite für die Planung.", "de", True),
    ("Ich nutze Hootsuite für die Planung.", "de", False),
    ("Essayez Hootsuite pour votre planning.", "fr", True),
    ("J'utilise Hootsuite pour votre planning.", "fr", False),
    ("Experimente o mLabs para agendar suas postagens.", "pt", True),
    ("Rayna chose Sendible, since she plans far ahead.", "en", True),   # another person's
    ("My manager set up Sendible and she trained me on it.", "en", False),
    ("Link Clicks: the number of clicks on your Bitly links.", "en", False),  # a label, then a noun phrase
    ("Tools: try Later for your shop.", "en", True),  # after a label, the verb opens the sentence
    # A condition on the reader opens it: what follows is for the reader's case, whatever its verb.
    ("If you have the budget, Sprinklr might meet your needs.", "en", True),
    ("If you only post on Twitter, TweetDeck is an option.", "en", True),
    ("If you ask me, Sprinklr is what we could not live without.", "en", False),  # the candidate speaks
    ("If the budget allows, Sprinklr covers everything.", "en", False),  # a condition on no reader
    # A label heading the line is passed over with its colon: the condition on the reader still opens the sentence.
    ("Concrete takeaway: if your team is small, prioritize one publishing tool.", "en", True),
    ("Tools: if you ask me, Sprinklr is what we could not live without.", "en", False),
])
def test_which_sentences_speak_to_the_reader(text: str, language: str, addressed: bool) -> None:
    assert any(not_the_candidates(text, s, language) for s in layout(text).sentences) is addressed


def test_every_one_of_many_sentences_is_read() -> None:
    text = "Try Later for your shop. " * 4000
    assert sum(not_the_candidates(text, s, "en") for s in layout(text).sentences) == 4000


@pytest.mark.parametrize(("text", "doubtful"), [
    # Examples of a class of tools in a sentence to the reader with no word of the candidate: the trade's tools.
    ("Scheduling apps like Sendible and Loomly let you line up a week of posts in an hour.", ("Sendible", "Loomly")),
    ("Listening platforms such as Brandwatch help you hear complaints early.", ("Brandwatch",)),
    # Not spoken to the reader, still nothing of the candidate: graders split, a person decides.
    ("Apps such as Sendible or Loomly are all examples of schedulers.", ("Sendible", "Loomly")),
    # The candidate speaks: the examples are theirs.
    ("I lean on apps like Sendible and Loomly so you never see a gap in our feed.", ()),
    # Named, not as examples of a class.
    ("Sendible lets you line up a week of posts in an hour.", ()),
])
def test_examples_of_a_class_of_tools_told_to_the_reader_are_doubtful(text: str, doubtful: tuple[str, ...]) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.doubtful == doubtful, found
    assert not set(found.evidence) & set(doubtful)


def test_examples_of_what_tools_can_do_are_not_the_candidates(thresholds: EvaluationSettings) -> None:
    """"Tools like Brandwatch or Talkwalker can help automate this process" says what such tools are good for,
    with no word of the candidate: doubtful, so a person decides (to_the_reader._CAPABLE)."""
    judgement = judge_rules(reply("tools_examples_of_what_tools_can_do"), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.verdict == Verdict.NEEDS_REVIEW
