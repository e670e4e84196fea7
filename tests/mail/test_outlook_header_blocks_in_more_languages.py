"""Outlook's unquoted header block ("From: / Sent: / To: / Subject:") in languages whose labels the list lacked:
Malay, Hindi, Persian, Icelandic, Albanian, Macedonian, Georgian, Bengali, Tamil, Swahili, Basque, Welsh, Urdu,
and Serbian (Latin) without an address. The older message under the block was read as the sender's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text

ANSWER = "I plan posts in Buffer and watch reach."


def test_malay_block(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("outlook_header_block_in_malay").reply_text
    assert text.endswith("masa respons.") and "Which tools" not in text


@pytest.mark.parametrize("labels", [
    pytest.param(("प्रेषक", "भेजा गया", "प्रति", "विषय"), id="hi"),
    pytest.param(("از", "ارسال شده", "به", "موضوع"), id="fa"),
    pytest.param(("Frá", "Sent", "Til", "Efni"), id="is"),
    pytest.param(("Nga", "Dërguar", "Për", "Tema"), id="sq"),
    pytest.param(("Од", "Испратено", "До", "Тема"), id="mk"),
    pytest.param(("გამგზავნი", "გაგზავნილია", "ადრესატი", "თემა"), id="ka"),
    pytest.param(("প্রেরক", "পাঠানো হয়েছে", "প্রাপক", "বিষয়"), id="bn"),
    pytest.param(("அனுப்புநர்", "அனுப்பப்பட்டது", "பெறுநர்", "பொருள்"), id="ta"),
    pytest.param(("Kutoka", "Imetumwa", "Kwa", "Mada"), id="sw"),
    pytest.param(("Nork", "Noiz", "Nori", "Gaia"), id="eu"),
    pytest.param(("Oddi wrth", "Anfonwyd", "At", "Pwnc"), id="cy"),
    pytest.param(("منجانب", "بھیجا گیا", "بنام", "موضوع"), id="ur"),
    pytest.param(("Od", "Poslato", "Za", "Tema"), id="sr"),
])
def test_block_without_an_address(labels: tuple[str, str, str, str]) -> None:
    sender, sent, to, subject = labels
    body = (f"{ANSWER}\n\n{sender}: Endorsement Bot\n{sent}: 30. 11. 2026 9:12\n{to}: Ana Lopes\n"
            f"{subject}: Skills check\n\nWhich tools do you use?\n")
    assert extract_new_text(body) == ANSWER


def test_a_schedule_with_at_lines_stays() -> None:
    body = f"{ANSWER}\n\nAt: 9:00 the morning post\nAt: 18:00 the evening post"
    assert extract_new_text(body) == body
