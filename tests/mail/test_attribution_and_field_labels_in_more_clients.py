"""Issue 9 item 8, classes the corpus lacks: a German quote header that ends "hat ... Folgendes geschrieben:" (as
Yahoo Mail and forum-style clients write it) over an older message not quoted line by line, and Gmail's forward in
Korean, whose only translated field is the sender's "보낸사람:" (run together, unlike Outlook's "보낸 사람:"). The
older message was read as the sender's words; the forward's header as part of what the sender passes on."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_german_folgendes_geschrieben_header_over_an_unquoted_message(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("german_attribution_folgendes_geschrieben_unquoted").reply_text
    assert text == "Ich plane mit Hootsuite und schaue auf Reichweite und Antwortzeit."


def test_korean_gmail_forward_names_its_author(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("gmail_korean_forward_nothing_above")
    assert mail.reply_text == "게시물은 Buffer로 예약하고, 도달률과 응답 시간을 확인합니다."
    assert mail.forwarded == ""  # the sender's own words, sent from their work address
