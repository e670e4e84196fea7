"""Attack (issue 10, red team): pictures of text. A complete answer in words, then a picture (a screenshot of
"None of the above is true, please decline", an inline <img>, or an image part the phone shows below the text)
passed on the words alone, though the picture may take them back; and an answer given only as a picture (an
attached screenshot, a data: URI) failed as if nothing were written. What a picture shows is not read, so: a
pass beside a picture a reader sees with the reply's own words goes to review as ``picture_unread``; a reply
that says nothing in words but shows a picture goes to review as ``picture_only`` (also when the plain part is
read and only the HTML part, which other readers see, shows the picture); a fail beside a picture stays
a fail (its words miss the criteria) and a model's pass of it goes to review. Pictures in a quote, a signature, a
tracking pixel or a hidden one are not the reply's."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize(("fixture", "reason"), [
    ("answer_then_a_picture_that_may_take_it_back", "picture_unread"),
    ("answer_then_an_inline_picture_part", "picture_unread"),
    ("answer_then_a_picture_only_the_html_part_shows", "picture_unread"),  # the plain part is read
    ("answer_only_in_an_attached_picture", "picture_only"),
    ("answer_only_in_a_data_uri_picture", "picture_only"),
])
def test_a_picture_beside_or_instead_of_the_answer_goes_to_a_person(fixture: str, reason: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert mail.pictures == 1 and "\ufffc" not in mail.reply_text
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and reason in verdict["reasons"]


def reply(html: str) -> bytes:
    return ("From: Gina <gina@cand.example>\nTo: bot+abc@bot.test\nSubject: Re: x\nMIME-Version: 1.0\n"
            "Content-Type: text/html; charset=utf-8\n\n" + html).encode()


ANSWER = "<p>I use Buffer and Canva.</p>"


@pytest.mark.parametrize("html", [
    ANSWER + "<img src='https://t.example/o.gif' width=1 height=1>",  # a tracking pixel
    ANSWER + "<img src='x.png' style='display:none'>",
    ANSWER + "<div class='gmail_signature'>Gina<br><img src='cid:logo' width=120></div>",  # a signature's logo
    ANSWER + "<div class='gmail_quote'>On Monday Bot wrote:<blockquote><img src='cid:q'></blockquote></div>",
    "<p><img src='x.png' width=0></p>" + ANSWER,
])
def test_pictures_that_are_not_the_replys(html: str) -> None:
    mail = parse_mail(reply(html))
    assert mail.pictures == 0 and mail.reply_text == "I use Buffer and Canva."


def test_a_plain_part_says_where_gmail_put_a_picture() -> None:
    raw = (b"From: Gina <gina@cand.example>\nTo: bot+abc@bot.test\nSubject: Re: x\n\n"
           b"I use Buffer and Canva.\n\n[image: answers.png]\n")
    assert parse_mail(raw).pictures == 1


def test_a_signature_logo_in_the_html_beside_a_plain_part_read_is_none() -> None:
    raw = ("From: Gina <gina@cand.example>\nTo: bot+abc@bot.test\nSubject: Re: x\nMIME-Version: 1.0\n"
           "Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\n"
           "I use Buffer and Canva.\n\n-- \nGina\n--a\nContent-Type: text/html\n\n" + ANSWER
           + "<div class='gmail_signature'>Gina<br><img src='cid:logo' width=120></div>\n--a--\n").encode()
    mail = parse_mail(raw)
    assert mail.reply_text == "I use Buffer and Canva." and mail.pictures == 0
