"""Issue 9 item 8, signatures in many languages: a signature typed with no delimiter or closing is a name over short
contact lines (a phone number, a mail address); the name was told by its capital letters, so a Japanese ("佐藤 花"),
Chinese, Korean, Arabic ("ليلى حسن"), Hebrew or Thai ("สมศรี ใจดี") name over the same block was no name, and the
whole card stayed in the reply text. Contacts the answer gives after a sentence of its own stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "answer"), [
    ("contact_block_japanese_name", "投稿はBufferで予約し、毎週リーチと保存数を見ています。"),
    ("contact_block_arabic_name", "أستخدم Buffer لجدولة المنشورات وأتابع الوصول كل أسبوع."),
    ("contact_block_thai_name", "ฉันใช้ Buffer ตั้งเวลาโพสต์และดูการเข้าถึงทุกสัปดาห์"),
])
def test_the_card_is_not_the_answer(parsed: Callable[[str], ParsedMail], fixture: str, answer: str) -> None:
    assert parsed(fixture).reply_text == answer


def test_contacts_given_in_the_answer_stay(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("support_contacts_in_a_chinese_answer").reply_text.endswith("邮箱：help@example.cn")
