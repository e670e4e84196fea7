"""Issue 9 item 8, attributions of more clients: Roundcube in German heads the message it forwards or includes with
"Betreff:", "Datum:", "Absender:", "Empfänger:" (its own words for sender and recipient). Neither label was read, so
the older message stayed in the reply text. One label line in a person's words is no header block."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_the_older_message_under_the_head_is_not_the_senders(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("roundcube_german_head_with_absender").reply_text
    assert text.startswith("Ich plane Beiträge mit Hootsuite")
    assert "Welche Werkzeuge" not in text and "Absender" not in text


def test_a_persons_line_opening_with_the_word_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("absender_in_a_persons_sentence").reply_text.endswith("Danach antworte ich.")
