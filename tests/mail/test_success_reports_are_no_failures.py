"""Issue 9 item 8, class "a report that names no failure": RFC 3464 §2.3.3 gives each recipient an Action of
"failed", "delayed", "delivered", "relayed" or "expanded". Only "failed" says the address could not be reached; a
success notice (RFC 3461 NOTIFY=SUCCESS, a relay to a system that sends no reports, a list expanded) was read as a
failure, and the request made undeliverable."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("scenario", ["report_dsn_delivered", "report_dsn_relayed_and_expanded"])
def test_a_success_notice_is_a_report_that_names_no_failure(parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.BOUNCE  # a mail system's report, never a person's answer
    assert mail.reply_text == ""
    assert mail.delivery_delayed  # names no failure: the request stays open


def test_a_failed_recipient_beside_a_delivered_one_is_a_failure(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("bounce_dsn_one_failed_one_delivered")
    assert mail.kind is MailKind.BOUNCE
    assert not mail.delivery_delayed
    assert mail.bounced_addrs == ("gone@agency.example",)
