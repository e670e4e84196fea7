"""Issue 9 item 8: a person who forwards a failure report ("Fwd: Undelivered Mail ...", "WG: Unzustellbar: ...")
writes their own text over it; the report's subject, its SMTP code and the attached copy made the whole message a
bounce, and the person's answer was never read. SquirrelMail and older webmail cite with "Jane Roe said:" over the
quote; the line stayed in the reply as the candidate's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(
    ("scenario", "answer"),
    [
        ("persons_forward_of_a_failure_report", "I use Metricool and Canva every day."),
        ("persons_forward_of_a_failure_report_german", "Ich nutze Metricool und Canva jeden Tag."),
    ],
)
def test_a_persons_forward_of_a_failure_report_is_their_reply(
        parsed: Callable[[str], ParsedMail], scenario: str, answer: str) -> None:
    mail = parsed(scenario)
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text.startswith(answer)


def test_said_over_a_quote_is_its_attribution(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("squirrelmail_said_over_a_quote").reply_text == "I use Metricool and Canva every day."


def test_said_over_the_senders_own_lines_is_their_text(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("what_a_manager_said_over_own_lines").reply_text
    assert text.endswith("My manager said:\nAlways answer an angry customer within the hour.")
