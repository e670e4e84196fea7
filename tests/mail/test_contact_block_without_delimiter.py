"""A signature typed without a delimiter or closing: a name, a title, a phone, an address, a web site, maybe
in paragraphs of its own, and a legal notice that opens "The content of this email is confidential". The
block is the signature when it opens with a name and holds a phone number or a mail address among at least
two contact lines; the notice is a disclaimer. A list of tools, even with web addresses, stays the sender's."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail


def test_contact_block_and_a_content_notice(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("contact_block_and_content_notice").reply_text
    assert text == "We plan every post in Later and look at saves and shares each Monday."


def test_contact_block_in_paragraphs(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("contact_block_in_paragraphs").reply_text
    assert text == "Als iemand boos reageert, antwoord ik eerst privé en los het dezelfde dag op."


def test_a_list_of_tools_with_web_addresses_stays() -> None:
    raw = (b"From: Studio Vela <hello@studiovela.example>\nTo: endorse@bot.example\nSubject: Re: Skills check\n"
           b"Content-Type: text/plain; charset=utf-8\n\nThe tools I use every day:\n\nBuffer\nwww.canva.com\n"
           b"https://later.com\n")
    assert "https://later.com" in parse_mail(raw).reply_text
