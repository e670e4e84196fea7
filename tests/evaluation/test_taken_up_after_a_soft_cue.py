"""A soft cue (a hypothesis, a source, a tool only heard of, one that is blocked) says what the candidate
does not do now, but the rest of its sentence may still make the mention theirs (issue 9: few false
fails): "A colleague told me about Loomly, and I have planned in it ever since". A hard negation ("we
cancelled Buffer, which I loved") is not undone, nor a soft cue taken up with a denial ("which I
haven't tried")."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize(("text", "evidence"), [
    ("A colleague told me about Loomly, and I have planned in it ever since.", ("Loomly",)),
    ("I first heard of Metricool on a podcast and have used it every week since.", ("Metricool",)),
    ("Planable is blocked on the office network, so I use it on my own laptop.", ("Planable",)),
    ("According to Iconosquare, which I check every morning, reels do best.", ("Iconosquare",)),
    # Named in apposition to a tool the candidate calls theirs, before the name.
    ("According to one of my favourite listening tools, Talkwalker, memes travel fastest.", ("Talkwalker",)),
    ("According to our scheduling app, Loomly, Fridays are quiet.", ("Loomly",)),
    # Not taken up.
    ("According to Talkwalker, memes travel fastest.", ()),
    ("According to a colleague's favourite app, Loomly, Fridays are quiet.", ()),
    ("A colleague told me about Loomly, which I haven't tried.", ()),
    ("Planable is blocked on the office network.", ()),
    ("We cancelled Sendible, which I loved.", ()),
])
def test_tools_after_a_soft_cue(text: str, evidence: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == evidence


def test_metrics_after_a_soft_cue() -> None:
    taken = "I would track saves, shares and watch time in any role, and I do here."
    assert find_metrics(Reading.of(taken, "en")).count == 3
    hypothetical = "I would track saves, shares and watch time if I had the time."
    assert find_metrics(Reading.of(hypothetical, "en")).count == 0


@pytest.mark.parametrize("text", [
    "saves, shares and watch time, or so the webinar said, at least that's what the trainer told us.",
    "Saves, shares and watch time would be my pick if I were in charge of the account.",
])
def test_a_lesson_or_a_hypothesis_after_the_metrics(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 0


def test_an_owner_in_phone_style() -> None:
    found = find_tools(Reading.of("planable n canva r what my boss uses", "en"))
    assert found.count == 0, found
