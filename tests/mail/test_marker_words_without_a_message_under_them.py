""""Original message" as a line of the sender's own, with their text under it rather than an older message:
the words of a client's marker without its rule ("-----Original Message-----") and without a header block,
a quote or another marker under them. The whole text under it was dropped as an older message. A bare
marker over a header block, and a ruled one, still start the older message."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text


def test_bare_marker_over_the_senders_text_is_kept(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("original_message_as_a_heading").reply_text
    assert "Buffer" in text and "reply time" in text and "private message" in text


def test_bare_marker_over_a_header_block_starts_the_older_message(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("original_message_as_a_heading_over_a_header").reply_text
    assert text.startswith("Here is my answer") and "Original message" not in text and "Which tools" not in text


def test_ruled_marker_starts_the_older_message_alone() -> None:
    text = extract_new_text("I use Buffer.\n\n-----Original Message-----\nWhich tools do you use?")
    assert text == "I use Buffer."
