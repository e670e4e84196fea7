"""Attacks (issue 10 item 11, red-team variants): a multipart/alternative whose renderings say different things,
read in the one no reader is shown. A client shows the LAST alternative it can render; the bot read the FIRST
plain one. The answer in a first text/plain, then "Thanks, I'll answer properly next week." as a second
text/plain, a text/enriched, a Gmail AMP part (text/x-amp-html), a nested multipart, or beside a watch part
(text/watch-html): the answer passed. Now the last plain and the last HTML are read, and every other rendering
is compared with what is read: one that says something else sends the reply to review as ``parts_disagree``.

And a part in UTF-7: today's clients no longer decode it (HTML forbids it), so a reader sees "+AEkAIAB1..."; the
bot decoded it and passed it. Now the bytes are read as they are and the decoded text goes with the hidden text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_in_the_first_of_two_plain_alternatives", "answer_in_plain_before_an_enriched_alternative",
    "answer_in_plain_before_an_amp_alternative", "answer_in_plain_before_a_nested_alternative",
    "answer_in_plain_and_html_beside_a_watch_alternative",
])
def test_an_alternative_a_reader_is_shown_instead_sends_the_reply_to_review(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).parts_disagree
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "parts_disagree" in result["reasons"]


def test_an_answer_in_utf7_is_read_as_a_reader_sees_it() -> None:
    raw = (FIXTURES / "answer_in_utf7.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


def _alternative(*parts: tuple[str, str]) -> bytes:
    body = "".join(f"--b\r\nContent-Type: {ctype}; charset=utf-8\r\n\r\n{text}\r\n" for ctype, text in parts)
    return (b"From: a@b.example\r\nTo: bot@x.example\r\nSubject: Re: x\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n' + body.encode() + b"--b--\r\n")


@pytest.mark.parametrize("parts", [
    (("text/plain", "I use Buffer and Canva every day."), ("text/html", "<p>I use Buffer and Canva every day.</p>")),
    (("text/plain", "I use Buffer and Canva every day."), ("text/plain", "I use Buffer and Canva every day.")),
    (("text/plain", "I use Buffer and Canva every day."),
     ("text/x-amp-html", "<p>I use Buffer and Canva every day.</p>"),
     ("text/html", "<p>I use Buffer and Canva every day.</p>")),
    (("text/plain", "I use Buffer and Canva every day."), ("text/watch-html", "<p></p>"),
     ("text/html", "<p>I use Buffer and Canva every day.</p>")),
])
def test_alternatives_that_say_the_same(parts: tuple[tuple[str, str], ...]) -> None:
    mail = parse_mail(_alternative(*parts))
    assert not mail.parts_disagree and "Buffer" in mail.reply_text
