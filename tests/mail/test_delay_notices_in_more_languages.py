"""Issue 9 item 8 (delay notices): a delay notice in Italian, Japanese and other languages the lists lacked
("Consegna ritardata", "配信遅延のお知らせ") was read as an automatic reply or as a failure, and a failure makes the
request undeliverable while the mail system is still trying. Gmail's delay notice says it will tell the sender "if
the delivery fails permanently"; the word "permanently" made it a failure. A delay's subject outranks that word; a
final failure that names earlier delays stays a failure."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(
    "scenario",
    ["delay_notice_italian", "delay_notice_japanese", "delay_notice_that_names_a_later_permanent_failure"],
)
def test_a_delay_notice_is_a_report_that_the_address_may_yet_work(
        parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.BOUNCE
    assert mail.delivery_delayed
    assert mail.bounced_addrs == ("sam@far.example",)


def test_a_failure_after_earlier_delays_is_a_failure(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("failure_after_earlier_delays")
    assert mail.kind is MailKind.BOUNCE
    assert not mail.delivery_delayed
