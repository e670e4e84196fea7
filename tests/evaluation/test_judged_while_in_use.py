"""A judgement of a tool the candidate says they use now does not set it aside (issue 9 item 4: negation with
scope).

"Hootsuite was overkill for us" or "Buffer and Later are too expensive for a team our size" say why a tool is not
used (negation.toml [soft_after]). After the candidate's own present use ("we run everything through Sprinklr,
which is overkill for a small team"), the same words weigh a tool that is still in use. And "tells me" only presses
a tool on the candidate when something is pressed ("keeps telling me to try Later"): "Reach tells me how many
people saw a post" is a metric read. A tool still sought ("Until I come across a monitoring tool that captures my
heart ...", "I'm still looking for a good scheduler") is not used, unless the sentence takes it up; and people
counted together ("readership figures", "audience growth") are a count as people counted one by one are.
"""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "kept"), [
    ("We run everything through Sprinklr, which is overkill for a small team, and I design in Canva.",
     ("Sprinklr", "Canva")),
    ("I use Tableau, which is too expensive for what it does, and Canva for graphics.", ("Tableau", "Canva")),
    ("We're still using Agorapulse, which is too pricey, and Canva.", ("Agorapulse", "Canva")),
])
def test_a_tool_judged_while_the_candidate_uses_it_counts(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("Buffer and Later are too expensive for a team our size; I design in Canva.", ("Canva",)),
    ("Tools like Hootsuite and Sprinklr are overkill for us. I design in Canva.", ("Canva",)),
    ("We used Sprinklr, which was overkill for a small team. I design in Canva.", ("Canva",)),
    ("My boss thinks Sprinklr is overkill. I design in Canva.", ("Canva",)),
])
def test_a_tool_judged_unfit_without_present_use_is_set_aside(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept


@pytest.mark.parametrize("text", [
    "Saves and shares tell me more than likes do, plus how many people come back the next week.",
    "Google Analytics tells me how many visitors come from social, along with bounce rate and conversions.",
])
def test_what_a_number_tells_the_candidate_is_a_metric_read(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count >= 3


def test_a_tool_pressed_on_the_candidate_is_still_not_used() -> None:
    found = find_tools(Reading.of("My friends keep telling me to try Loomly and Planable. I design in Canva.", "en"))
    assert found.evidence == ("Canva",)


@pytest.mark.parametrize(("text", "kept"), [
    ("Until I come across a monitoring tool that captures my heart, I search Instagram by hand and design in Canva.",
     ("Canva",)),
    ("I'm still looking for a good scheduler. I design in Canva.", ("Canva",)),
    # Found and used after all.
    ("I was looking for a scheduler and found Buffer, which I use daily.", ("Buffer",)),
])
def test_a_tool_still_sought_is_not_used(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept


def test_people_counted_together_make_a_count() -> None:
    found = find_metrics(Reading.of("I track audience growth, readership figures and clicks.", "en"))
    assert found.evidence == ("audience growth", "readership figures", "clicks")


@pytest.mark.parametrize(("text", "kept"), [
    # The next sentence goes on about the choice: the tool set aside is only described there.
    ("A year ago, I chose Buffer over Hootsuite for scheduling. Hootsuite had multiple uses and Buffer was a "
     "one-trick-pony.", ("Buffer",)),
    # Taken up again by the candidate, or named again later on: it counts.
    ("We dropped Hootsuite last year. Now Hootsuite is back and we use it with Canva.", ("Hootsuite", "Canva")),
    ("I chose Buffer over Hootsuite. Canva is great. For most services, Hootsuite is the tool of choice.",
     ("Buffer", "Canva", "Hootsuite")),
])
def test_a_tool_set_aside_and_described_in_the_next_sentence_stays_aside(text: str, kept: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == kept
