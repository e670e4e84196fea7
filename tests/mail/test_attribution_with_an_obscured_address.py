"""Mailman's archives (pipermail, ARCHIVER_OBSCURES_EMAILADDRS) write every address as "jane at mail.example";
a message taken from an archive keeps its attribution line with the address so written. A line that names
such an address and ends in a colon over a quote is an attribution like one with "@" ("* Jane Roe <jane at
mail.example> [date]:", a supercite "... jane at mail.example was heard to say:" over " JR>" lines). A
sentence that merely says "at" before a domain stays the sender's."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail


def test_mutt_attribution_from_an_archive(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("archived_attribution_with_obscured_address").reply_text
    assert text == "Buffer for the calendar, and the native insights for reach."


def test_supercite_attribution_from_an_archive(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("supercite_attribution_with_obscured_address").reply_text
    assert text == "Buffer for the calendar, and the native insights for reach."


def test_a_sentence_naming_a_site_stays() -> None:
    raw = (b"From: Pavel Novak <pavel@mail.example>\nTo: endorse@bot.example\nSubject: Re: Skills check\n"
           b"Content-Type: text/plain; charset=utf-8\n\nI learnt scheduling at buffer.com, so I still plan like this:\n"
           b"> What tools do you use?\n\nBuffer for the calendar.\n")
    assert "I learnt scheduling at buffer.com" in parse_mail(raw).reply_text


def test_what_names_an_obscured_address() -> None:
    from bot.mail.quotes import _names_obscured_address

    assert _names_obscured_address("Jane Roe <jane at mail.example>:")
    assert _names_obscured_address("On 01.12.2026 jane.roe at mail.example typed:")
    assert not _names_obscured_address("We met at mail.example:")
    assert not _names_obscured_address("I learnt it at buffer.com, like this:")
