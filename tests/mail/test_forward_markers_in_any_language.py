"""Apple Mail's "Begin forwarded message:" in a language the marker lists lack (Indonesian "Awal pesan yang
diteruskan:", Turkish "İletilmiş ileti başlangıcı:", Vietnamese, Thai, Hebrew, Arabic, Chinese, ...): the header
block under it was found, but the marker stayed in the sender's words, and a forward with nothing written above it
was read as the marker alone. A short line ending in a colon right above a header block is read as its marker; a
line where a sentence ends first ("Thanks. Here it is:") stays the sender's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text

ANSWER = "I plan posts in Buffer and watch reach."
BLOCK = "From: Bot <bot@bot.example>\nSubject: Skills check\nDate: 30 November 2026 at 09:12\nTo: Ana <ana@example.com>"


def test_marker_under_an_answer(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("forward_marker_in_indonesian_under_an_answer").reply_text.endswith("waktu respons.")


def test_marker_with_nothing_above_reads_the_forwarded_text(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("forward_marker_in_turkish_with_nothing_above").reply_text.startswith("Buffer ile")


@pytest.mark.parametrize("marker", ["Bắt đầu tin nhắn được chuyển tiếp:", "เริ่มข้อความที่ส่งต่อ:", "תחילת הודעה שהועברה:",
                                    "以下是转发的邮件：", "Začiatok preposlanej správy:"])
def test_marker_under_an_answer_in_more_languages(marker: str) -> None:
    assert extract_new_text(f"{ANSWER}\n\n{marker}\n\n{BLOCK}\n\nWhich tools do you use?\n") == ANSWER


def test_a_line_where_a_sentence_ends_first_stays() -> None:
    text = extract_new_text(f"{ANSWER}\n\nThanks. Here it is:\n\n{BLOCK}\n\nWhich tools do you use?\n")
    assert text == f"{ANSWER}\n\nThanks. Here it is:"
