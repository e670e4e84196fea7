"""A client's marker drawn as words between rules, in a language or wording the marker list lacks (Seznam's
"---------- Původní e-mail ----------", Zimbra's French "----- Mail original -----"), right over the header block
of the older message: the header block was cut, the marker line stayed in the sender's words. Words between rules
that are not over an older message stay."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text


def test_czech_marker_over_a_header_block(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("ruled_marker_in_czech_over_a_header").reply_text == (
        "Příspěvky plánuji v Bufferu a grafiku dělám v Canvě.")


def test_french_zimbra_marker() -> None:
    body = ("J'utilise Buffer.\n\n----- Mail original -----\nDe: \"Bot\" <bot@bot.example>\nÀ: moi@example.com\n"
            "Envoyé: Lundi 1 Décembre 2026 09:12:00\nObjet: Skills check\n\nQuels outils ?\n")
    assert extract_new_text(body) == "J'utilise Buffer."


def test_a_heading_between_rules_stays() -> None:
    body = "---------- Tools ----------\nBuffer and Canva.\n\n---------- Metrics ----------\nReach and saves."
    assert extract_new_text(body) == body
