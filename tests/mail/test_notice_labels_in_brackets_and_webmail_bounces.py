"""Issue 9 item 8 (kinds): an automatic reply whose label stands in a tag before the subject it answers
("【自動返信】...", "[Automatische Antwort] ...", "[자동응답] ...", "[Absence] ..."), and failure notices of webmail
hosts and virus scanners worded as the lists did not know ("邮件退回通知", "[발송실패 안내] ...", "quarantined"). The
subject prefix skipped tags before it looked for a label, so a label inside the tag was never read, and these
notices were judged as the candidate's answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(
    "scenario",
    [
        "out_of_office_label_in_lenticular_brackets",  # Japanese and Chinese mailers: 【自動返信】
        "out_of_office_label_in_square_brackets_german",
        "out_of_office_label_in_square_brackets_korean",
        "out_of_office_one_word_label_in_brackets",  # a leave word that is the whole tag
    ],
)
def test_a_label_in_a_tag_before_the_subject_makes_an_automatic_reply(
        parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_persons_tag_that_opens_with_a_leave_word_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("persons_tag_with_a_leave_word_in_brackets")
    assert mail.kind is MailKind.REPLY
    assert "Later" in mail.reply_text


@pytest.mark.parametrize(
    "scenario",
    [
        "bounce_webmail_return_notice_chinese",  # "邮件退回通知", "被退回" from the host's postmaster
        "bounce_webmail_send_failure_korean",  # "[발송실패 안내]", "수신하지 못했습니다"
        "bounce_virus_scanner_quarantine",  # a scanner signing as "Mail Security"
        "bounce_gateway_message_quarantined",  # "Message quarantined" from a gateway
    ],
)
def test_webmail_and_scanner_failure_notices_are_bounces(parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.BOUNCE
    assert mail.bounced_addrs == ("sam@far.example",)
