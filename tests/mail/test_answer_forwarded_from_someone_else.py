"""Attack (issue 10, red team): the candidate forwards another person's answer as their own, with nothing written
above it ("---------- Forwarded message --------- / From: Bob Miller <bob@agency.example>", Apple Mail's "Begin
forwarded message:", a German "Weitergeleitete Nachricht / Von:", or a marker with no header). A forward with
nothing above it was read as what the sender says, so Bob's answer passed.
Now the forward's header says whose words they are: when its From names neither the sender (their address, or
their whole name, as when one forwards one's own answer from another address) nor the bot (the message answered
below it: bottom-posting), the text is someone else's: a pass goes to review as ``forwarded``, a fail stays a
fail with that reason, and no model is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.newtext import extract
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_forwarded_from_someone_else",
                                     "answer_forwarded_from_someone_else_by_apple_mail",
                                     "answer_forwarded_from_someone_else_in_german",
                                     "answer_forwarded_with_no_author"])
def test_someone_elses_forwarded_answer_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    assert parse_mail(raw).forwarded
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review"
    assert "forwarded" in verdict["reasons"]


@pytest.mark.parametrize("fixture", ["forward_with_nothing_written_above",  # the sender's name, another address
                                     "thunderbird_html_forward_header_table",
                                     "bottom_posted_under_german_header_block"])  # the bot's message above
def test_ones_own_forward_and_bottom_posting_are_the_senders(fixture: str) -> None:
    assert not parse_mail((FIXTURES / f"{fixture}.eml").read_bytes()).forwarded


FORWARD = "---------- Forwarded message ---------\nFrom: {author}\nSubject: Re: skills\n\nI use Buffer.\n"


@pytest.mark.parametrize(("author", "someone_else"), [
    ("Bob Miller <bob@agency.example>", True),
    ("Gina <gina@cand.example>", False),  # the sender's address, another name
    ("<GINA+old@cand.example>", False),  # a tag and case do not make another address
    ("gina lopez <g.lopez@work.example>", False),  # the sender's whole name
    ("Gina <g.lopez@work.example>", True),  # part of a name is not the name
    ("Endorse Bot <bot@bot.test>", False),  # the bot's own message
])
def test_whose_forward_it_is(author: str, someone_else: bool) -> None:
    new = extract(FORWARD.format(author=author), "Gina Lopez", "gina@cand.example", ("bot+abc@bot.test",))
    assert new.text == "I use Buffer."
    assert bool(new.forwarded) is someone_else


def test_a_forward_under_the_senders_own_words_is_not_read() -> None:
    new = extract("See below.\n\n" + FORWARD.format(author="Bob <bob@agency.example>"), "Gina", "gina@cand.example")
    assert new.text == "See below." and not new.forwarded


def test_a_failing_forward_keeps_its_fail_with_the_reason() -> None:
    raw = ("From: Gina <gina@cand.example>\nTo: bot+abc@bot.test\nSubject: Fwd: x\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + FORWARD.format(author="Bob <bob@agency.example>")).encode()
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "fail" and "forwarded" in verdict["reasons"]
