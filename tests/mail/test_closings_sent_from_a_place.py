"""Issue 9 item 8, signatures in many languages: a closing that names the place it is sent from ("Viele Grüße aus
Berlin", "Saludos desde Sevilla", "Greetings from Lisbon") was not read as a closing, so the name and title under it
stayed in the reply text. A sentence that opens with such words and goes on stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "answer"), [
    ("closing_sent_from_a_place_german", "Ich plane Beiträge mit Hootsuite und schaue jede Woche auf die Reichweite."),
    ("closing_sent_from_a_place_spanish", "Programo las publicaciones con Metricool y miro el alcance cada semana."),
])
def test_the_closing_and_name_are_dropped(parsed: Callable[[str], ParsedMail], fixture: str, answer: str) -> None:
    assert parsed(fixture).reply_text == answer


def test_a_sentence_opening_with_greetings_from_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("greetings_from_a_place_opening_a_sentence").reply_text.endswith("which Mailchimp sends.")
