"""Issue 9 item 8 (signatures, "Sent from my ..." in many languages): iOS Mail's footer in Hindi, Bulgarian and
Vietnamese, and Outlook for Android's in Korean, which names the app before the verb ("Android용 Outlook에서 보냄"),
were in no list, and stayed in the reply as the candidate's last line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(
    ("scenario", "answer"),
    [
        ("phone_footer_with_the_device_before_the_verb_hindi", "मैं हर दिन Metricool और Canva का उपयोग करती हूँ।"),
        ("phone_footer_of_outlook_for_android_korean", "저는 Metricool과 Canva를 매일 사용합니다."),
        ("phone_footer_bulgarian", "Използвам Metricool и Canva всеки ден."),
        ("phone_footer_vietnamese", "Tôi dùng Metricool và Canva mỗi ngày."),
    ],
)
def test_the_footer_is_no_part_of_the_answer(parsed: Callable[[str], ParsedMail], scenario: str, answer: str) -> None:
    assert parsed(scenario).reply_text == answer
