"""Issue 9 item 8, signatures and footers in many languages: the note a corporate footer adds asking not to print
the mail was read in English only ("Please consider the environment before printing"); in German ("Bitte denken Sie
an die Umwelt, bevor Sie diese E-Mail ausdrucken"), French ("Avant d'imprimer ce message, pensez à
l'environnement") and the other languages listed it stayed in the reply text. A person's sentence about printing
something else stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "last"), [
    ("print_note_in_german_after_the_answer", "Antwortzeit."),
    ("print_note_in_french_after_the_answer", "chaque semaine."),
])
def test_the_note_is_not_the_senders(parsed: Callable[[str], ParsedMail], fixture: str, last: str) -> None:
    text = parsed(fixture).reply_text
    assert text.endswith(last)
    assert "Umwelt" not in text and "environnement" not in text


def test_printing_in_a_persons_answer_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("printing_in_a_persons_answer").reply_text.endswith("con el equipo en Trello.")
