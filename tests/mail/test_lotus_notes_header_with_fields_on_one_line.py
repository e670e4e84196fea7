"""Issue 9 item 8 (attribution lines of Lotus Notes): older Notes clients head the message they quote with the
sender's line and the date's, now and then "Please respond to" and an address, then "To: ..." / "cc:" /
"Subject: ..." with label and value on one line, often indented. Only the layout with each label alone on its line
was read, so the sender's and date's lines stayed in the reply as the candidate's words. A Korean iPhone's footer
names the device before the verb ("나의 iPhone에서 보냄") and stayed too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(
    ("scenario", "answer"),
    [
        ("lotus_notes_header_with_fields_on_one_line", "I use Metricool and Canva every day."),
        ("lotus_notes_header_german_with_please_respond", "Ich nutze Metricool und Canva jeden Tag."),
    ],
)
def test_the_older_message_starts_at_the_senders_line(
        parsed: Callable[[str], ParsedMail], scenario: str, answer: str) -> None:
    assert parsed(scenario).reply_text == answer


def test_a_persons_to_and_subject_lines_with_no_cc_are_kept(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("persons_to_and_subject_lines_under_a_dated_address").reply_text
    assert text.startswith("My notes for you")
    assert "I use Metricool and Canva every day." in text


def test_a_korean_iphone_footer_is_no_part_of_the_answer(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("korean_iphone_footer_with_the_device_first").reply_text
    assert text == "저는 Metricool과 Canva를 매일 사용합니다."
