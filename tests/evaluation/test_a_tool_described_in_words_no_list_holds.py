"""A tool described in words no list holds is doubt, not a count (issue 9 item 5: partial evidence from a genuine
attempt is needs_review, not fail). A reply that names one tool a list knows and a second one in its own words ("a
spreadsheet template", "our in-house tracker", "keyword filters") goes to a person; a reply that names one tool and
nothing else tool-like, networks only, or tool words denied, quoted or pointing back at the tool found still fails
(bot/evaluation/tool_kinds.py, tool_frames.toml [kind_heads])."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings

METRICS = "As for metrics, I watch reach, engagement rate and follower growth every week."
TIP = "My tip for an angry customer: stay calm, apologise and take the conversation to private messages."


def _reply(tools: str) -> str:
    return f"Hi,\n\n{tools}\n\n{METRICS}\n\n{TIP}\n\nBest,\nSam"


@pytest.mark.parametrize(("tools", "doubt"), [
    # One known tool, the second described by what kind of thing it is.
    ("I schedule everything in Buffer and I keep our ideas in a shared database.", "shared database"),
    ("I check Google Analytics weekly, and keyword filters hold rude comments for review.", "keyword filters"),
    ("I publish with Buffer. We also built a small tracker for that.", "small tracker"),
    ("I rely on Hootsuite and on our in-house tracker.", "in-house tracker"),
    ("I post with Buffer, and planning boards keep the team on track.", "planning boards"),
    ("I save every article with the browser clipper and then share it in Slack.", "browser clipper"),
])
def test_one_tool_and_a_second_described_goes_to_a_person(tools: str, doubt: str) -> None:
    judgement = judge_rules(_reply(tools), EvaluationSettings())
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert not judgement.criteria["tools"].met
    assert any(doubt in note for note in judgement.criteria["tools"].notes), judgement.criteria["tools"].notes


def test_the_report_says_why() -> None:
    found = find_tools(Reading.of("I check Google Analytics weekly, and keyword filters hold rude comments.", "en"))
    assert found.count == 1
    assert found.doubtful == ("keyword filters",)
    assert "a tool described in words no list holds, unconfirmed: keyword filters" in found.notes


@pytest.mark.parametrize("tools", [
    # One tool named, then named again by what it is: in apposition, pointing back, or as a predicate.
    "I use Help Scout, our support tool, every day.",
    "We run Hootsuite for everything. Honestly the tool pays for itself.",
    "We run Hootsuite for everything and this app pays for itself.",
    "We run Hootsuite for everything. It's a great tool for a small team.",
    "Hootsuite is the platform I open first every morning.",
    "The tools I use every day: Hootsuite.",
    "My favourite tools are Hootsuite and a lot of coffee.",
    # Networks only, or a network's own app: channels, never tools.
    "We post on Instagram and TikTok, mostly from the Instagram app.",
    # Tools denied, or tools in general.
    "I don't use any apps or tools, just Hootsuite.",
    "Hootsuite is enough; other tools are overkill for us.",
    "I use Hootsuite. There are lots of great tools out there, but it covers what I need.",
    # A part of the tool found, the company's own product, or a role: no second tool.
    "I use Hootsuite, and Hootsuite also has a scheduler that queues the week.",
    "I use Hootsuite to promote our app to new members.",
    "I use Hootsuite and treat the newsletter as a tool for reach.",
    "The one tool I rely on every day is Hootsuite.",
])
def test_one_tool_and_nothing_more_still_fails(tools: str) -> None:
    judgement = judge_rules(_reply(tools), EvaluationSettings())
    assert judgement.verdict == Verdict.FAIL, (tools, judgement)
    assert judgement.reasons == ("missing:tools",), judgement.reasons


def test_networks_only_fail() -> None:
    judgement = judge_rules(_reply("We post on Instagram and TikTok."), EvaluationSettings())
    assert judgement.verdict == Verdict.FAIL
    assert not judgement.criteria["tools"].evidence


def test_no_tools_at_all_adds_no_doubt() -> None:
    found = find_tools(Reading.of("I don't use any apps or tools; I answer every message by hand.", "en"))
    assert (found.count, found.doubtful) == (0, ())


def test_the_requests_own_words_add_no_doubt() -> None:
    text = ('> Which tools do you use to manage a community?\n\nI use Hootsuite.\n\n'
            '> What is your best tip, "for instance a dashboard or a plugin"?\n\nStay calm.')
    assert find_tools(Reading.of(text, "en")).doubtful == ()


def test_a_phrase_in_quote_marks_adds_no_doubt() -> None:
    text = 'I use Hootsuite. A customer once wrote "your booking app is broken" and we called them back.'
    assert find_tools(Reading.of(text, "en")).doubtful == ()


@pytest.mark.parametrize("tools", [
    "I schedule everything in Buffer and I keep our ideas in a spreadsheet.",
    "I use Hootsuite and a social listening tool.",
])
def test_a_described_type_already_listed_still_counts(tools: str) -> None:
    judgement = judge_rules(_reply(tools), EvaluationSettings())
    assert judgement.criteria["tools"].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement


def test_a_reply_that_passes_reads_no_doubt() -> None:
    found = find_tools(Reading.of("I use Hootsuite and Canva, and a shared database for ideas.", "en"))
    assert found.count == 2
    assert found.doubtful == ()


@pytest.mark.parametrize(("text", "language", "doubt"), [
    ("Uso Hootsuite y una aplicación interna para las ideas.", "es", "aplicación interna"),
    ("J'utilise Hootsuite et une extension interne pour les statistiques.", "fr", "extension interne"),
    ("Ich nutze Hootsuite und eine interne Datenbank für die Planung.", "de", "interne Datenbank"),
])
def test_other_languages_read_their_own_phrases(text: str, language: str, doubt: str) -> None:
    found = find_tools(Reading.of(text, language))
    assert (found.count, found.doubtful) == (1, (doubt,))


@pytest.mark.parametrize(("text", "language"), [
    ("Uso Hootsuite y esta aplicación me ahorra horas.", "es"),
    ("Hootsuite bietet ein internes Dashboard.", "de"),
])
def test_other_languages_point_back_too(text: str, language: str) -> None:
    assert find_tools(Reading.of(text, language)).doubtful == ()
