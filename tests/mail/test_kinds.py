"""Bounces first, then automatic replies, else a person's reply."""

from __future__ import annotations

import pytest

from bot.mail.message import MailKind


@pytest.mark.parametrize(
    ("scenario", "kind"),
    [
        ("bounce_rfc3464_delivery_status", MailKind.BOUNCE),
        ("bounce_qmail_plain", MailKind.BOUNCE),
        ("bounce_exim_failed_recipients", MailKind.BOUNCE),
        ("auto_reply_auto_submitted", MailKind.AUTO_REPLY),
        ("out_of_office_subject_german", MailKind.AUTO_REPLY),
        ("auto_reply_precedence_bulk", MailKind.AUTO_REPLY),
        ("auto_reply_exchange_suppress", MailKind.AUTO_REPLY),
        ("human_reply_with_auto_submitted_no", MailKind.REPLY),
        ("gmail_top_posted_reply", MailKind.REPLY),
    ],
)
def test_kind(parsed, scenario, kind):
    assert parsed(scenario).kind is kind


@pytest.mark.parametrize(
    ("scenario", "addresses"),
    [
        ("bounce_rfc3464_delivery_status", ("gone.candidate@mail.example",)),
        ("bounce_qmail_plain", ("nobody@mail.example",)),
        ("bounce_exim_failed_recipients", ("lost@mail.example",)),
    ],
)
def test_bounced_addresses(parsed, scenario, addresses):
    assert parsed(scenario).bounced_addrs == addresses


def test_garbage_is_other_with_an_error(parsed):
    mail = parsed("garbage_bytes")
    assert mail.kind is MailKind.OTHER
    assert mail.error


@pytest.mark.parametrize("raw", [b"", b"\r\n\r\n", b"From: \n\n", b"Content-Type: multipart/mixed\n\n--x"])
def test_parse_mail_never_raises(raw):
    from bot.mail.parse import parse_mail

    assert parse_mail(raw).size_bytes == len(raw)
