"""Gmail's quote header in more languages, when the older message under it is not quoted line by line (an HTML
reply turned into text): Slovenian and Serbian write both genders of the verb ("je napisal(a):", "је написао/ла:"),
and Afrikaans, Bengali, Basque, Georgian, Swahili, Tamil, Marathi and Urdu end with verbs the list lacked. The
older message under them was read as the sender's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text

ANSWER = "I plan posts in Buffer and watch reach."
OLDER = "Which tools do you use?\nThanks, the bot"


def test_slovenian_header_over_an_unquoted_message(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("gmail_attribution_slovenian_unquoted").reply_text
    assert text.endswith("čas odziva.") and "Which tools" not in text


@pytest.mark.parametrize("header", [
    pytest.param("V pon., 30. nov. 2026 ob 09:12 je Ana Lopes <ana@example.com> napisal(a):", id="sl"),
    pytest.param("пон, 30. нов 2026. у 09:12 Ana Lopes <ana@example.com> је написао/ла:", id="sr"),
    pytest.param("Op Ma., 30 Nov. 2026 om 09:12 het Ana Lopes <ana@example.com> geskryf:", id="af"),
    pytest.param("সোম, ৩০ নভে, ২০২৬ এ ৯:১২ AM এ Ana Lopes <ana@example.com> লিখেছেন:", id="bn"),
    pytest.param("al., 2026(e)ko aza. 30(a) 09:12 erabiltzaileak (Ana Lopes <ana@example.com>) hau idatzi du:",
                 id="eu"),
    pytest.param("ორშ, 30 ნოე. 2026, 09:12 Ana Lopes <ana@example.com> წერს:", id="ka"),
    pytest.param("Mnamo Jumatatu, 30 Nov 2026 saa 09:12 Ana Lopes <ana@example.com> aliandika:", id="sw"),
    pytest.param("திங்., 30 நவ., 2026, முற்பகல் 9:12 அன்று, Ana Lopes <ana@example.com> எழுதியது:", id="ta"),
    pytest.param("सोम, ३० नोव्हें, २०२६, ९:१२ AM रोजी Ana Lopes <ana@example.com> यांनी लिहिले:", id="mr"),
    pytest.param("پیر، 30 نومبر، 2026 کو 9:12 AM Ana Lopes <ana@example.com> نے لکھا:", id="ur"),
])
def test_header_over_an_unquoted_message(header: str) -> None:
    assert extract_new_text(f"{ANSWER}\n\n{header}\n\n{OLDER}\n") == ANSWER


def test_a_sentence_ending_in_a_verb_with_a_gender_ending_stays() -> None:
    body = f"{ANSWER}\n\nMoja kolegica je o tem že napisal(a) poročilo, ki ga lahko pošljem, če želite.\n"
    assert extract_new_text(body) == body.strip()
