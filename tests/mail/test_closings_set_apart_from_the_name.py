"""A closing that the signature's other lines keep from being read as one: "Mit freundlichen Grüßen" over
the sender's name and a company line too long for a short signature (the name was cut, the closing left
standing), and closings the list lacked ("Cordially", "Adiós ...") over a name set in by spaces."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_a_closing_over_the_name_goes_with_it(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("closing_above_name_and_long_company_line").reply_text
    assert text.endswith("Reichweite und Antwortzeit.")
    assert "freundlichen" not in text and "GmbH" not in text


def test_cordially_over_an_indented_name(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("cordially_and_an_indented_name").reply_text
    assert text.endswith("every Friday.") and "Cordially" not in text


def test_adios_with_an_ellipsis(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("adios_with_an_ellipsis").reply_text
    assert text.endswith("cada lunes.") and "Adiós" not in text
