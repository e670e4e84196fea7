"""Issue 9 item 8, text written after a forwarded block: Gmail's "---------- Forwarded message ---------", Apple
Mail's "Begin forwarded message:" and Outlook's forwards draw no end, so all under the marker was cut, and a sender
who forwards a colleague's note and writes under it lost what they wrote. A message ends where its author signs it:
under the header block, a line that is the From field's display name or its first word ("Jo", "Jo Park", after a
closing, with a title or two under it), then a blank line and text, closes the forward; the text under it is the
sender's again. Without that name, or with nothing under it, the forward still runs to the end and is cut."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "above"), [
    ("text_under_a_gmail_forward_signed_by_its_author", "See Jo's note below"),
    ("text_under_an_apple_forward_signed_with_a_title", "Forwarding this for context."),
])
def test_the_text_under_the_signed_forward_is_read(parsed: Callable[[str], ParsedMail], fixture: str,
                                                   above: str) -> None:
    text = parsed(fixture).reply_text
    assert text.startswith(above)
    assert "I plan posts in Buffer" in text and text.endswith("take it private.")
    assert "Sprout Social" not in text and "Head of Marketing" not in text


@pytest.mark.parametrize("fixture", ["signed_forward_with_nothing_under_it", "unsigned_forward_that_goes_on"])
def test_a_forward_with_no_signed_end_is_cut_where_it_starts(parsed: Callable[[str], ParsedMail],
                                                             fixture: str) -> None:
    assert parsed(fixture).reply_text == "I plan posts in Buffer and design them in Canva."
