"""Issue 9 item 8, signatures in many languages: closings of German ("Herzliche Grüße", "Mit besten Grüßen"), Dutch
("Vriendelijke groeten"), Portuguese ("Saudações"), Spanish, Romanian, Slovene/Croatian, Latvian ("Ar cieņu"),
Lithuanian, Estonian, Icelandic, Vietnamese ("Trân trọng"), Indonesian and Japanese ("敬具") over a name and a title
were not read as closings, so the name and title stayed in the reply text. A closing word opening a sentence of the
sender's own stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "answer"), [
    ("closing_herzliche_gruesse", "Ich plane Beiträge mit Hootsuite und schaue jede Woche auf die Reichweite."),
    ("closing_tran_trong", "Tôi dùng Buffer để lên lịch bài đăng và theo dõi lượt tiếp cận mỗi tuần."),
    ("closing_ar_cienu", "Es plānoju ierakstus ar Buffer un katru nedēļu skatos sasniedzamību."),
])
def test_the_closing_and_signature_are_dropped(parsed: Callable[[str], ParsedMail], fixture: str, answer: str) -> None:
    assert parsed(fixture).reply_text == answer


def test_a_sentence_opening_with_a_closing_word_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("closing_word_opening_a_persons_sentence").reply_text.endswith("todas as semanas.")
