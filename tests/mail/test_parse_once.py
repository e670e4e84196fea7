"""Raw mail is read once at the edge: each address field goes through the address parser once.

Counted, not timed: the stdlib's address parser is the costliest step of a small reply's headers,
and From used to be parsed three times and To twice per message; the everyday forms of one mailbox
need it not at all.
"""

from __future__ import annotations

import email.utils
import random
from collections import Counter

import pytest

from bot.domain.reasons import Reason
from bot.mail import headers
from bot.mail.parse import parse_mail

MESSAGE = (
    b"From: Ines Ortega <ines@mail.example>\r\n"
    b"To: Endorsement Bot <endorse@bot.example>, ops@bot.example\r\n"
    b"Cc: \"Ortega, Ines\" <ines@work.example>\r\n"
    b"Delivered-To: endorse@bot.example\r\n"
    b"Subject: Re: three questions\r\n"
    b"Message-ID: <one@mail.example>\r\n"
    b"\r\n"
    b"I plan posts in Later and read reach every Monday.\r\n"
)
# The same sender and recipients in forms only the stdlib parser reads: a quoted name, a comment.
QUOTED = (MESSAGE.replace(b"From: Ines Ortega <ines@mail.example>", b'From: "Ortega, Ines" <ines@mail.example>')
          .replace(b"Delivered-To: endorse@bot.example", b"Delivered-To: endorse@bot.example (bot)"))


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
    mail = parse_mail(QUOTED)
    assert (mail.from_name, mail.from_addr) == ("Ortega, Ines", "ines@mail.example")
    assert mail.to_addrs == ("endorse@bot.example", "ops@bot.example")
    assert mail.recipient_addrs == ("endorse@bot.example", "ops@bot.example", "ines@work.example")
    assert address_reads == Counter({
        ('"Ortega, Ines" <ines@mail.example>',): 1,
        ("Endorsement Bot <endorse@bot.example>, ops@bot.example",): 1,
        ('"Ortega, Ines" <ines@work.example>',): 1,
        ("endorse@bot.example (bot)",): 1,
    })


def test_a_plain_name_and_address_do_not_need_the_stdlib_parser(address_reads: Counter[tuple[str, ...]]) -> None:
    """A reply's usual From and To ("Ines Ortega <ines@mail.example>", "endorse@bot.example") are read by
    one regex: the stdlib parser took ten times as long for them. Lists, quotes and comments still go to it."""
    mail = parse_mail(MESSAGE)
    assert (mail.from_name, mail.from_addr) == ("Ines Ortega", "ines@mail.example")
    assert mail.recipient_addrs == ("endorse@bot.example", "ops@bot.example", "ines@work.example")
    assert address_reads == Counter({
        ("Endorsement Bot <endorse@bot.example>, ops@bot.example",): 1,
        ('"Ortega, Ines" <ines@work.example>',): 1,
    })


_PIECES = [*"abZ09 \t.-'_<>@,\"()=?:;[]\\%+ü\x00é\u00a0", "  ", "=?", "Dana", "O'Neil", "J.", "Jürgen", "..",
           "dana", "d.r", "d+tag", "mail.example", "a-b.c", "<d@x.example>", "@mail.example"]


_NAME_WORDS = ["Dana", "O'Neil", "J.", "Jürgen", "..", "x_y", "-", "é", "\u00a0"]


def _old_raw_addresses(value: str) -> list[tuple[str, str]]:
    """headers._raw_addresses as it was, the stdlib parser for every value."""
    pairs = email.utils.getaddresses([value])
    return [(name.strip(), addr.strip().strip("<>").lower()) for name, addr in pairs
            if "@" in addr.strip().strip("<>")]


def test_the_regex_reads_every_mailbox_as_the_stdlib_parser_does() -> None:
    """Seeded: names and addresses built from pieces either form may hold, and random mixes of the
    characters that make the stdlib parser read them otherwise (quotes, comments, commas, encoded words)."""
    rng = random.Random(11)
    simple = 0
    for n in range(40_000):
        if n % 2:
            value = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        else:
            name = rng.choice(["", " ", "  ", "\t"]).join(rng.choice(_NAME_WORDS) for _ in range(3))
            address = rng.choice(["dana", "d.r", "d..r", "d+tag", ".d"]) + "@" + rng.choice(["mail.example", "x", "b."])
            value = f" {name} <{address}> " if rng.random() < 0.6 else address
        simple += headers._SIMPLE_MAILBOX.fullmatch(value) is not None
        assert headers._raw_addresses([value]) == _old_raw_addresses(value), repr(value)
    assert simple > 5_000  # the regex was tried, not only the stdlib parser


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
