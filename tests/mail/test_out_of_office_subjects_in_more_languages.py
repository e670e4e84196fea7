"""Outlook's and webmail's automatic-reply subjects in Icelandic, Malay, Persian and Hindi, and two more Hungarian and
Russian phrasings ("Irodán kívül", "Не в офисе"), from a person's address with no automatic-reply header: read as a
reply, so the notice was judged as the candidate's answer."""

from __future__ import annotations

import email.header
from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail
from bot.mail.parse import parse_mail


def test_icelandic_notice(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("out_of_office_icelandic_subject").kind is MailKind.AUTO_REPLY


def _notice(subject: str) -> bytes:
    encoded = email.header.Header(subject, "utf-8").encode()
    return (f"From: Ana Lopes <ana@example.com>\nTo: endorse@bot.example\nSubject: {encoded}\n"
            "Content-Type: text/plain; charset=utf-8\n\nI am away until Monday and will answer then.\n").encode()


@pytest.mark.parametrize("subject", ["Sjálfvirkt svar: Skills check", "Balas automatik: Skills check",
                                     "پاسخ خودکار: Skills check", "स्वचालित उत्तर: Skills check",
                                     "Irodán kívül: Skills check", "Не в офисе: Skills check"])
def test_automatic_reply_subject(subject: str) -> None:
    assert parse_mail(_notice(subject)).kind is MailKind.AUTO_REPLY


def test_a_reply_about_the_office_stays_a_reply() -> None:
    assert parse_mail(_notice("Re: Skills check (office hours)")).kind is MailKind.REPLY


@pytest.mark.parametrize("subject", ["Автоматски одговор: Skills check", "Përgjigje automatike: Skills check",
                                     "Erantzun automatikoa: Skills check", "Ateb awtomatig: Skills check",
                                     "Jibu la kiotomatiki: Skills check"])
def test_outlooks_automatic_reply_prefix_in_the_languages_its_header_blocks_are_read_in(subject: str) -> None:
    """Issue 9 item 8, out-of-office notices in further languages: Outlook's header block was read in Macedonian,
    Serbian Cyrillic, Albanian, Basque, Welsh and Swahili, its automatic reply's subject prefix was not."""
    assert parse_mail(_notice(subject)).kind is MailKind.AUTO_REPLY
