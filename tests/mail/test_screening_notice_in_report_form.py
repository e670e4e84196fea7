"""A challenge-response or screening service's notice wrapped in an RFC 3464 report (Boxbe and kin send
"Re: <our subject>" from a no-reply address, as multipart/report with "Action: failed, Status: 4.7.0"): every
delivery report was a bounce, so the request would end undeliverable while the mail is only held, or already let
through. It is an automatic reply (RFC 3834 counts challenge-response systems among them). A mail system's report
stays a bounce, even under an answering subject."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_screening_notice_in_report_form_is_an_automatic_reply(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("screening_notice_in_report_form").kind is MailKind.AUTO_REPLY


def test_mail_systems_report_under_an_answering_subject_is_a_bounce(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("report_from_the_mail_system_answering_a_subject").kind is MailKind.BOUNCE
