"""A security gateway's report that it stopped our message (Barracuda, Proofpoint, Mimecast and kin): "Message
blocked" from the postmaster, or "Message rejected: ..." from a no-reply address, with "was blocked by" / "was
rejected by" as its only wording. Neither was a bounce: the wording was in no list, and a no-reply sender was no
sign of a mail system, so the rejection was filed as an automatic reply and the request stayed open. A no-reply
acknowledgement with no failure in it stays an automatic reply."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail
from bot.mail.parse import parse_mail


def test_rejection_from_a_no_reply_sender_is_a_bounce(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("gateway_rejection_from_a_no_reply_sender").kind is MailKind.BOUNCE


def test_block_notice_from_the_postmaster_is_a_bounce(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("gateway_block_notice_from_postmaster").kind is MailKind.BOUNCE


def test_no_reply_acknowledgement_stays_an_automatic_reply() -> None:
    raw = (b"From: Helpdesk <no-reply@help.example>\nTo: bot@bot.example\nSubject: Re: Skills check\n"
           b"Content-Type: text/plain; charset=utf-8\n\nThank you, your message has been received. We answer within "
           b"two working days.\n")
    assert parse_mail(raw).kind is MailKind.AUTO_REPLY


def test_a_person_writing_about_a_blocked_post_stays_a_reply() -> None:
    raw = (b"From: Ana Lopes <ana@example.com>\nTo: bot@bot.example\nSubject: Re: Skills check\n"
           b"Content-Type: text/plain; charset=utf-8\n\nOnce a post of ours was blocked by Facebook; I appealed "
           b"within the hour and it was back the same day.\n")
    assert parse_mail(raw).kind is MailKind.REPLY
