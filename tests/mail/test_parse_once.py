"""Raw mail is read once at the edge: each address field goes through the address parser once.

Counted, not timed: the stdlib's address parser is the costliest step of a small reply's headers,
and From used to be parsed three times and To twice per message.
"""

from __future__ import annotations

import email.utils
from collections import Counter

import pytest

from bot.domain.reasons import Reason
from bot.mail.parse import parse_mail

MESSAGE = (
    b"From: Ines Ortega <ines@mail.example>\r\n"
    b"To: Endorsement Bot <endorse@bot.example>, ops@bot.example\r\n"
    b"Cc: Ines at Work <ines@work.example>\r\n"
    b"Delivered-To: endorse@bot.example\r\n"
    b"Subject: Re: three questions\r\n"
    b"Message-ID: <one@mail.example>\r\n"
    b"\r\n"
    b"I plan posts in Later and read reach every Monday.\r\n"
)


@pytest.fixture
def address_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, ...]]:
    """The value lists handed to the real email.utils.getaddresses, counted."""
    seen: Counter[tuple[str, ...]] = Counter()
    real = email.utils.getaddresses

    def counting(values: list[str]) -> list[tuple[str, str]]:
        seen[tuple(values)] += 1
        return real(values)

    monkeypatch.setattr(email.utils, "getaddresses", counting)
    return seen


def test_each_address_field_is_parsed_once(address_reads: Counter[tuple[str, ...]]) -> None:
    mail = parse_mail(MESSAGE)
    assert mail.from_addr == "ines@mail.example"
    assert mail.to_addrs == ("endorse@bot.example", "ops@bot.example")
    assert mail.recipient_addrs == ("endorse@bot.example", "ops@bot.example", "ines@work.example")
    assert address_reads == Counter({
        ("Ines Ortega <ines@mail.example>",): 1,
        ("Endorsement Bot <endorse@bot.example>, ops@bot.example",): 1,
        ("Ines at Work <ines@work.example>",): 1,
        ("endorse@bot.example",): 1,
    })


def test_an_encoded_display_name_is_also_read_decoded(address_reads: Counter[tuple[str, ...]]) -> None:
    """Only a From with an encoded word is parsed a second time, decoded: the Mailsploit check needs both."""
    mail = parse_mail(MESSAGE.replace(b"From: Ines Ortega", b"From: =?utf-8?q?ceo=40bank.example?="))
    assert mail.refusal is Reason.ENCODED_SENDER
    assert address_reads[("ceo@bank.example <ines@mail.example>",)] == 1


def test_an_encoded_word_a_comment_splits_is_still_an_encoded_address() -> None:
    """No "=?" in the value, but the parser drops the comment and the address holds one: the check reads
    the parsed address, not the value."""
    mail = parse_mail(MESSAGE.replace(b"Ines Ortega <ines@mail.example>\r\nTo",
                                      b"ines@x=(note)?utf-8?q?y?=.example\r\nTo"))
    assert mail.refusal is Reason.ENCODED_SENDER
    assert mail.refusal_detail == "RFC 2047 encoded word inside the address"
