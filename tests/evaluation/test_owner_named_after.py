"""Whose evidence, when the owner is named after it (issue 9): the agent of a passive ("the posts are
queued in Later by our freelancer") and a person after a copula ("Loomly is what my boss plans in",
"CSAT is the client's number") make a tool or metric with no subject before it theirs. The candidate
as the agent ("by me"), joined to the person or coming in after them, keeps it the candidate's."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.subjects import someone_elses
from bot.evaluation.tools import find_tools


def _whose(text: str, name: str) -> str | None:
    reading = Reading.of(text, "en")
    start = text.index(name)
    return someone_elses(reading, start, start + len(name))


@pytest.mark.parametrize(("text", "name", "owner"), [
    ("All our posts are queued in Later by our freelancer.", "Later", "our freelancer"),
    ("Listening data gets exported from Talkwalker by the analyst.", "Talkwalker", "the analyst"),
    ("Share of voice is reported by the PR team.", "Share of voice", "the PR team"),
    ("Loomly is what my boss plans in.", "Loomly", "my boss"),
    ("Saves and shares are mostly what she looks at.", "Saves", "she"),
    ("Emplifi is my supervisor's tool.", "Emplifi", "my supervisor"),
    ("CSAT and churn are the client's numbers, not mine.", "churn", "the client"),
    ("Salesforce is run by our IT department, not by me.", "Salesforce", "our IT department"),
    ("Our sales team lives in HubSpot.", "HubSpot", "Our sales team"),
    # The candidate stays the owner.
    ("The posts are queued in Later by me.", "Later", None),
    ("Loomly is what my boss and I plan in.", "Loomly", None),
    ("Loomly is what my boss showed me.", "Loomly", None),
    ("Loomly is my boss's pick and I use it every day.", "Loomly", None),
    ("Reach is judged by the client's standards.", "Reach", None),
    ("We queue posts in Later, which was set up by our freelancer.", "Later", None),
])
def test_an_owner_named_after_the_mention(text: str, name: str, owner: str | None) -> None:
    assert _whose(text, name) == owner


def test_a_reply_whose_tools_are_run_by_others_names_none_of_its_own() -> None:
    text = ("Scheduling is done in Sendible by our agency, and Figma is our designer's thing. "
            "Meanwhile I keep an eye on reach, saves and response time myself.")
    reading = Reading.of(text, "en")
    assert find_tools(reading).count == 0
    assert find_metrics(reading).count == 3


@pytest.mark.parametrize(("text", "name", "owner"), [
    # A named part of the company as the agent; the candidate's own teams are not.
    ("Impressions and reach are compiled by the growth team.", "reach", "the growth team"),
    ("Impressions and reach are compiled by the whole team.", "reach", None),
    ("Impressions and reach are compiled by our team.", "reach", None),
    # "the numbers my client ...": the person after a noun with "the"; not what a client asks the candidate for.
    ("CPC and CPM are the numbers my client lives by.", "CPM", "my client"),
    ("CPC and CPM are the numbers my clients ask for.", "CPM", None),
    ("CPC and CPM are the figures my boss asks the agency for.", "CPM", "my boss"),
    # A share of the people as the subject.
    ("Half of my colleagues swear by Loomly.", "Loomly", "my colleagues"),
    # A denial in the gap does not take it up; "I'm the one ..." does.
    ("My predecessor watched saves every week; I haven't kept it up.", "saves", "My predecessor"),
    ("The agency set up Loomly, but I'm the one planning in it daily.", "Loomly", None),
])
def test_more_owners(text: str, name: str, owner: str | None) -> None:
    assert _whose(text, name) == owner
