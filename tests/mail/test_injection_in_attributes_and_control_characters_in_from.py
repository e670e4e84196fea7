"""Attacks (issue 10 items 6 and 12, red-team variants).

- An instruction to the grader in an image's alt text or an element's title (shown only when a picture does not
  load, or on hover), in English or German, under a complete answer: the injection checks never read attributes,
  so it passed. alt, title and aria-label now go with the hidden text (2,000 characters at most), where the
  manipulation checks read them: the reply goes to a person.
- A control character in From ("alice@members.example\\0@evil.example": a client that stops at the NUL shows the
  member's address, the parser reads another; an ESC sequence in the name): refused as ``encoded_sender``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.reasons import Reason
from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import MAX_ATTRIBUTE_TEXT, PICTURE, html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["injection_in_an_image_alt_text", "injection_in_a_title_attribute_in_german"])
def test_an_instruction_to_the_grader_in_an_attribute_goes_to_a_person(fixture: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{fixture}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "manipulation" in result["reasons"]


def test_attribute_text_is_hidden_text_within_a_bound() -> None:
    rendered = html_to_text("<p>I use Buffer</p><img alt='Company logo'>" + "<img alt='x y z'>" * 5000)
    # The pictures stand in the text as html.PICTURE, no words (tests/mail/test_answer_in_a_picture.py).
    assert rendered.text == "I use Buffer\n" + PICTURE * 5001 and "Company logo" in rendered.hidden
    assert len(rendered.hidden) <= MAX_ATTRIBUTE_TEXT + 20


def test_attributes_of_the_quoted_message_are_not_kept() -> None:
    rendered = html_to_text("<p>I use Buffer</p><blockquote><img alt='their logo'></blockquote>")
    assert "their logo" not in rendered.hidden


@pytest.mark.parametrize("from_line", [b"From: alice@members.example\x00@evil.example",
                                       b"From: Alice\x1b[8m <alice@members.example>",
                                       b"From: Alice\x7f <alice@members.example>"])
def test_a_control_character_in_from_is_refused(from_line: bytes) -> None:
    mail = parse_mail(from_line + b"\r\nTo: bot@bot.test\r\nSubject: hi\r\n\r\nhello\r\n")
    assert mail.refusal == Reason.ENCODED_SENDER and mail.from_addr == ""


def test_folding_whitespace_in_from_is_no_control_character() -> None:
    mail = parse_mail(b"From: Alice\r\n\t<alice@members.example>\r\nTo: bot@bot.test\r\nSubject: hi\r\n\r\nhello\r\n")
    assert mail.refusal is None and mail.from_addr == "alice@members.example"


@pytest.mark.parametrize("fixture", ["from_split_by_a_next_line_character", "from_split_by_a_line_separator",
                                     "from_address_drawn_backwards"])
def test_a_unicode_line_break_or_direction_override_in_from_is_refused(fixture: str) -> None:
    """Red-team variants (issue 10 item 6): NEL (U+0085, a C1 control), the line separator U+2028 and a right-to-left
    override in the address. A reader that breaks the line there shows "alice@members.example" on a line of its
    own, or the address drawn backwards; the bot read "@mallory.example" or the reversed text, and nothing was
    refused."""
    mail = parse_mail((FIXTURES / f"{fixture}.eml").read_bytes())
    assert mail.refusal == Reason.ENCODED_SENDER and mail.from_addr == ""


@pytest.mark.parametrize("from_line", [
    "From: =?utf-8?q?=D7=93=D7=A0=D7=94?= <dana@example.org>",  # a Hebrew name, encoded
    "From: \u05d3\u05e0\u05d4 \u200f <dana@example.org>",  # a right-to-left mark in a name is no override
])
def test_right_to_left_names_are_not_refused(from_line: str) -> None:
    mail = parse_mail(f"{from_line}\nTo: bot@bot.test\nSubject: x\n\nhi\n".encode())
    assert mail.refusal is None and mail.from_addr == "dana@example.org"
