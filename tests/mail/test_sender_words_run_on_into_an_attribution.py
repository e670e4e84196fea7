"""Issue 9 item 8, class "the sender's words on the line of the attribution": an HTML reply turned into text
without its line breaks (an inbound-parse service's text field, a client that writes the attribution on after
the last sentence) runs "Hello." into "On <date>, Jane <jane@x.org> wrote:" or into a helpdesk's "-- Reply above
this line --" on one line, and the whole line went with the older message: the reply read as empty. The line is
split where the attribution or the marker starts, after a sentence's end, and after the attribution's colon
(what follows it on the line is the older message's text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


@pytest.mark.parametrize(("fixture", "own", "older"), [
    ("sender_words_run_on_into_an_attribution",
     "I schedule our posts in Buffer and read saves and shares every Monday.", "Which tools"),
    ("sender_words_run_on_into_an_attribution_and_the_older_text",
     "Je planifie tout dans Agorapulse et je suis la portée chaque semaine.", "Quels outils"),
    ("sender_words_run_on_into_a_reply_above_marker", "The export works now, thank you.", "Could you try"),
])
def test_words_before_an_attribution_on_its_line_are_the_senders(parsed: Callable[[str], ParsedMail], fixture: str,
                                                                   own: str, older: str) -> None:
    text = parsed(fixture).reply_text
    assert text == own
    assert older not in text


@pytest.mark.parametrize("line", [
    "Hello. On 01/12/13, Tristan <tristan@x.example> wrote: -- Reply above this line -- or visit the site.",
    "Sounds good. Am 06.01.2026 um 09:14 schrieb Jana Novak <jana@x.example>: Wie geht es?",
    "Thanks. ##- Please type your reply above this line -## Your request 4821 was updated.",
])
def test_each_run_on_form_keeps_only_the_first_sentence(line: str) -> None:
    assert extract_new_text(line) == line.split(". ", 1)[0] + "."


@pytest.mark.parametrize("text", [
    # Prose that only looks like one: no date, no address.
    "Sure. On Monday my manager wrote: we need the weekly report.",
    "I agree. On the other hand, as the guide wrote: never argue in public.",
    # A sentence that starts with "On" and has a time in it, with no verb and colon.
    "Noted. On 6 Jan at 09:14 I posted the update on LinkedIn.",
])
def test_prose_that_starts_like_an_attribution_stays_whole(text: str) -> None:
    assert extract_new_text(text) == text


def test_a_quoted_run_on_line_stays_quoted() -> None:
    """Guard: a line of the older message is never split out of its quote."""
    text = extract_new_text("> Thanks. On 5 Jan 2026, Jane <jane@x.example> wrote:\n> > hi\n\nMy answer: Buffer.")
    assert text == "My answer: Buffer."


@pytest.mark.parametrize("shape", [
    "Hi. On ",
    "Hi. On 1/1/26 a <a@x.example> ",
    "Hi. -- reply ",
    "a. On 1/1/26 a <a@x.example> wrote: b. On 2/2/26 c <c@x.example> wrote: ",
])
def test_reading_run_on_lines_is_linear(shape: str) -> None:
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24
    assert cpu_growth(extract_new_text, (shape + "\n") * 400, (shape + "\n") * 3200) < 24
