"""Issue 9 item 8, class "a header block with the text right under it": New Outlook writes the forwarded or quoted
message's text on the line right under its last field ("Subject: ..."), with no blank line between. The block was
read on to the next blank line, as if the text's first paragraph were the rest of a wrapped field, so a forward with
nothing written above it lost its first paragraph (here all of it). A field too short to have been wrapped has no
continuation: an unindented line under it that holds no address is the text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


def test_the_text_right_under_the_last_field_is_the_forwards(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("new_outlook_header_block_without_blank_line_nothing_above").reply_text == (
        "Our team plans every post in Loomly and reviews engagement rate each Monday.\n"
        "For angry customers I answer within the hour and move the talk to a private message.")


@pytest.mark.parametrize("shape", ["From: a@b.c\nTo: d\nSubject: e\nText here.\n", "From: a\nSent: b\nTo: c\n" * 3,
                                   "From: " + "x" * 70 + "\nTo: y\nSubject: z\nmore\n"])
def test_wrapped_fields_still_go_on_and_reading_stays_linear(shape: str) -> None:
    # A long field wrapped onto the next line, an address list going on, and a value on the line under its label
    # (Thunderbird's header table turned into text) are still the block's.
    wrapped = ("From: Endorse Bot <endorse@bot.example>\nSent: Wednesday, December 2, 2026 9:12 AM\n"
               "To: Maya Lind <maya.lind@work.example>; Ravi Menon <ravi.menon@work.example>; Team Lead\n"
               "<lead@work.example>\nSubject: Skills check and the three questions we ask every candidate\n"
               "about their work\n\nThe older text.")
    assert extract_new_text(f"Mine.\n\n{wrapped}") == "Mine."
    assert extract_new_text(wrapped) == "The older text."
    # A short subject wrapped all the same, with more fields under it.
    short = "From: a@b.example\nDate: Monday\nSubject: Some words that\ngo on here\nTo: c@d.example\n\nTheirs."
    assert extract_new_text(short) == "Theirs."
    assert extract_new_text("From: a@b.example\nSent: Monday\nTo: c@d.example\nSubject: tools\nI use Buffer.") == (
        "I use Buffer.")
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24
