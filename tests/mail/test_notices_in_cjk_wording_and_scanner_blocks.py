"""Issue 9 item 8 (out-of-office notices in further languages, antivirus notices): a Japanese, Chinese or Korean
out-of-office notice sent as a plain reply ("Re:" subject, no automatic reply's header) says its author is away
and whom to write to meanwhile in words the lists lacked ("出張中" ... "お急ぎの場合", "正在休假" ... "如有急事",
"휴가 중" ... "급한 용무"); a scanner's "was blocked because it contained a virus" and a Japanese provider's
"配送できませんでした" were no failure wording. Each was judged as the candidate's answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(
    "scenario",
    ["out_of_office_plain_reply_japanese", "out_of_office_plain_reply_chinese", "out_of_office_plain_reply_korean"],
)
def test_a_plain_out_of_office_notice_is_an_automatic_reply(parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_an_answer_written_on_a_business_trip_stays_a_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("persons_reply_from_a_business_trip_japanese")
    assert mail.kind is MailKind.REPLY
    assert "MetricoolとCanva" in mail.reply_text


@pytest.mark.parametrize("scenario", ["bounce_scanner_message_contained_a_virus", "bounce_japanese_isp_not_delivered"])
def test_a_scanners_block_and_a_japanese_providers_report_are_bounces(
        parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.BOUNCE
    assert mail.bounced_addrs == ("sam@far.example",)
