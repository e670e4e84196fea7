"""Issue 9 item 8, class "text written after a forwarded block dropped": everything under the first unquoted
"Forwarded message" or "Original Message" marker was cut, as nothing marks where such a block ends. Some clients
do mark it: mutt closes a forward with "----- End forwarded message -----" (and opens it with "----- Forwarded
message from Jane <jane@x.org> -----", which was not read as a marker at all), MH/nmh with "------- End of
Forwarded Message", others with "-----End of Original Message-----"; and some forward the message quoted line by
line under the marker. What the sender writes below that end is theirs again, and is read; the forwarded text
between is not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


@pytest.mark.parametrize(("fixture", "above", "after", "forwarded"), [
    ("forward_closed_by_mutt_end_marker", "Hi, below is the note", "I schedule everything in Hootsuite",
     "Sprout Social"),
    ("forward_closed_by_mh_end_marker", "For context", "I plan posts in Buffer", "Sprout Social"),
    ("original_message_closed_by_end_marker", "Answers below", "I use Later for scheduling",
     "Which tools do you use?"),
    ("forward_quoted_line_by_line", "My lead asked", "Agorapulse for scheduling", "Which scheduling tool"),
])
def test_text_under_the_end_of_a_forwarded_block_is_read(parsed: Callable[[str], ParsedMail], fixture: str,
                                                          above: str, after: str, forwarded: str) -> None:
    text = parsed(fixture).reply_text
    assert text.startswith(above)
    assert after in text
    assert forwarded not in text
    assert "forwarded message" not in text.lower() and "original message" not in text.lower()


def test_mutts_marker_with_its_author_starts_a_forward() -> None:
    text = extract_new_text("Read this.\n\n----- Forwarded message from Lee <lee@x.example> -----\n\n"
                            "From: Lee <lee@x.example>\nSubject: tools\n\nWe use Sprout Social.\n")
    assert text == "Read this."


def test_an_end_marker_that_closes_a_forward_inside_the_older_message_ends_nothing(
        parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: the end marker under a forward the older message itself holds is that forward's end; the older
    message goes on below it, and is not the sender's."""
    assert parsed("end_marker_inside_the_older_message").reply_text == "I use Buffer."


def test_a_forward_with_no_end_is_still_cut_where_it_starts() -> None:
    """Guard: a Gmail forward marks no end, so whatever follows it may be the forwarded message's own."""
    text = extract_new_text("See below.\n\n---------- Forwarded message ---------\nFrom: Lee <lee@x.example>\n"
                            "Subject: tools\n\nWe use Sprout Social.\n\nAnd I track reach.\n")
    assert text == "See below."


@pytest.mark.parametrize("shape", [
    "Own words.\n-----Original Message-----\nFrom: a@x.example\nSent: today\nSubject: s\n\nold\n",
    "Own words.\n----- Forwarded message -----\n> old\n",
    "Own words.\n----- Forwarded message from a <a@x.example> -----\nold\n----- End forwarded message -----\n",
    "----- End forwarded message -----\n-----Original Message-----\n",
])
def test_reading_forwarded_blocks_and_their_ends_is_linear(shape: str) -> None:
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24


@pytest.mark.parametrize(("fixture", "after"), [
    ("forward_closed_by_mutt_end_marker_nothing_above", "My own answers: I schedule everything in Hootsuite"),
    ("forward_closed_by_mh_end_marker_nothing_above", "And my answer: I plan posts in Buffer"),
])
def test_a_closed_forward_with_nothing_above_is_set_aside_for_the_text_under_it(
        parsed: Callable[[str], ParsedMail], fixture: str, after: str) -> None:
    """Issue 9 item 8: with nothing written above it, a forward was read as what the sender passes on, its text and
    end marker included and flagged as someone else's words, even when it closes with an end marker and the sender
    writes under it. The whole forward is set aside; what they write under it is theirs."""
    mail = parsed(fixture)
    assert mail.reply_text.startswith(after)
    assert "Sprout Social" not in mail.reply_text and "forwarded message" not in mail.reply_text.lower()
    assert mail.forwarded == ""
