"""Issue 9 item 8, phone footers in many languages: Yahoo Mail's phone apps in German name the app before the verb
("Von Yahoo Mail auf Android gesendet"); the line was not read as a footer and stayed in the reply text. A sentence
of the sender's own that opens with "Von Yahoo Mail" stays."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_the_footer_is_not_the_senders(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("yahoo_android_footer_german").reply_text == (
        "Ich plane Beiträge mit Hootsuite und schaue jede Woche auf die Reichweite.")


def test_a_sentence_opening_with_the_apps_name_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("yahoo_mail_in_a_persons_german_sentence").reply_text.endswith("zu Gmail gewechselt.")
