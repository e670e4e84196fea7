"""Tools and metrics the candidate does not use now (issue 9: a careful grader reads what the candidate
does, not what is named): a hypothesis or a plan, a job ad, a course, a guide or what everyone says, a
past job, tools still being weighed. The candidate's own use around them still counts."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "If we had the money I would use Later and Emplifi for everything.",
    "With a bigger team I'd use Agorapulse and Talkwalker.",
    "Next year we will move everything into Loomly and Canva.",
    "We're going to roll out Sendible and Planable in spring.",
    "The vacancy I applied for listed Khoros and Sprinklr.",
    "The job description asks for Hootsuite and Brandwatch, which I am learning.",
    "My evening course covered Buffer and Hootsuite.",
    "According to every list online, Later and Planoly are the best for Instagram.",
    "A mentor told me Sprout Social and Talkwalker are worth learning.",
    "In my last role I scheduled in Sprinklr and listened in Brandwatch.",
    "We're still weighing Sendible against Agorapulse.",
    "Hootsuite and Later are the industry standard, from what I hear.",
    "A tool like Emplifi or Khoros would probably make my life easier.",
    # Still to be tried out.
    "The three tools I will evaluate in this report are Sendible, Agorapulse and Planable.",
    "Over the summer we are going to trial Emplifi and Khoros.",
])
def test_tools_not_in_use_do_not_count(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize("text", [
    "If I had a data person, I would track retention, sentiment and share of voice.",
    "In an ideal world I'd be watching CSAT, churn and response time.",
    "People say you should follow saves, reach and CTR.",
    "Most guides list impressions, reach and engagement rate first.",
    "The course I did explained CPC, CPM and ROAS at length.",
    "Saves, shares and reach are what everyone says to look at.",
])
def test_metrics_not_watched_do_not_count(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize(("text", "count"), [
    # The candidate's use beside a plan or a hypothesis still counts.
    ("I use Later and Canva today; next year I might add Brandwatch.", 2),
    ("I schedule in Loomly, and if we ever grow I'd add Sprinklr.", 1),
    ("My mentor told me about Agorapulse years ago and I've used it every day since, plus Canva.", 1),
    ("Hootsuite is the one I use daily, Canva for graphics.", 2),
])
def test_the_candidates_own_use_beside_them_still_counts(text: str, count: int) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count >= count, found


@pytest.mark.parametrize(("text", "kept"), [
    # A swap sets aside what was left, up to the new thing's preposition.
    ("Last year we switched from Sprinklr to Emplifi.", ("Emplifi",)),
    ("We replaced Planoly with Later in March.", ("Later",)),
    ("We moved from Sendible to Agorapulse.", ("Agorapulse",)),
    ("We migrated off Khoros in favour of Sprout Social.", ("Sprout Social",)),
    ("I replaced Hootsuite last year.", ()),
    # What one has only heard of, or means to learn, is not used.
    ("I've heard Emplifi and Khoros are powerful.", ()),
    ("Talkwalker and Brandwatch are on my list to learn.", ()),
])
def test_what_was_left_or_only_heard_of(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept


@pytest.mark.parametrize("text", [
    "Publer and Metricool are blocked on our work laptops.",
    "I'm meant to use Loomly and Planable, but I post by hand.",
    "We got trial accounts for Emplifi and Khoros but never got round to using them.",
    "Sprinklr and Khoros were standard at my previous employer.",
    "Everyone on the team raves about Airtable and Notion.",
    "Our competitors run everything through Sprinklr and Khoros.",
    "The consultant before me planned everything in Loomly and Planable.",
])
def test_more_tools_that_are_not_the_candidates(text: str) -> None:
    found = find_tools(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize("text", [
    "I'm supposed to follow CPC, CPM and ROAS, but it never happens.",
    "Churn, NPS and CSAT sound sensible, I just haven't had the time to look into them.",
])
def test_more_metrics_that_are_not_watched(text: str) -> None:
    found = find_metrics(Reading.of(text, "en"))
    assert found.count == 0, found


@pytest.mark.parametrize(("text", "count"), [
    # A campaign is no past job; the candidate's own work before someone else's stays theirs.
    ("In my last campaign I tracked reach, saves and CTR.", 3),
    ("Reach, saves and CTR all rose in my last campaign.", 3),
    ("I took over from the agency and track reach, saves and CTR like they did.", 3),
])
def test_metrics_that_stay_the_candidates(text: str, count: int) -> None:
    assert find_metrics(Reading.of(text, "en")).count == count


@pytest.mark.parametrize("text", [
    "If I had to pick three, it would be CPC, churn and share of voice.",
    "If I had to choose: CPC, churn and share of voice.",
])
def test_choosing_is_no_hypothesis(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 3
