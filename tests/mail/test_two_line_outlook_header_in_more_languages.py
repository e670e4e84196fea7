"""Issue 9 item 8, class "a two-line Outlook header": Outlook's shortest header over the message answered is two
lines, "From: Jane [mailto:jane@x.org]" then "Sent: ...". In Portuguese ("Enviada em:"), Catalan ("Enviat el:"),
Arabic ("تم الإرسال:"), Indonesian ("Terkirim:") and Latvian ("No:" for From) one of its labels was not in the
lists, so the request under it was read as the sender's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text


@pytest.mark.parametrize(("language", "answer"), [
    ("pt", "Uso o Hootsuite para agendar e acompanho o alcance e o engajamento."),
    ("ca", "Faig servir Hootsuite per programar i segueixo l'abast i la interacció."),
    ("ar", "أستخدم Hootsuite للجدولة وأتابع الوصول ومعدل التفاعل."),
    ("id", "Saya memakai Hootsuite untuk menjadwalkan dan memantau jangkauan serta interaksi."),
    ("lv", "Es plānoju ierakstus Hootsuite un sekoju sasniegumam un iesaistei."),
])
def test_the_message_under_a_two_line_outlook_header_is_not_read(parsed: Callable[[str], ParsedMail],
                                                                  language: str, answer: str) -> None:
    assert parsed(f"two_line_outlook_header_{language}").reply_text == answer


def test_an_answer_line_opening_with_no_is_not_a_header() -> None:
    """Guard: Latvian's "No:" (From) is a label, but one label and no address make no header block."""
    text = "Yes: Buffer for scheduling.\nNo: I don't pay for analytics.\nI track reach and saves."
    assert extract_new_text(text) == text
