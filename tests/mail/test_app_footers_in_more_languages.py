"""Outlook for iOS/Android's download line in more languages (Portuguese "Baixe o Outlook para Android", Dutch
"Verzonden met Outlook voor Android", Chinese "获取 Outlook for iOS", Japanese "Outlook for iOS を入手"), and a
footer that keeps the signature delimiter on its own line ("-- Sent from my Android phone with GMX Mail"): they
stayed in the sender's words. A bullet that starts "- Sent" stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text

ANSWER = "I plan posts in Buffer and watch reach."


def test_portuguese_outlook_footer(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("outlook_mobile_footer_in_portuguese").reply_text.endswith("tempo de resposta.")


@pytest.mark.parametrize("footer", ["Verzonden met Outlook voor Android", "获取 Outlook for iOS",
                                    "Outlook for iOS を入手", "Outlook for iOS 받기",
                                    "-- Sent from my Android phone with GMX Mail. Please excuse my brevity."])
def test_footer(footer: str) -> None:
    assert extract_new_text(f"{ANSWER}\n\n{footer}\n") == ANSWER


def test_a_bullet_starting_with_sent_stays() -> None:
    body = f"{ANSWER}\n\n- Sent from the scheduler every morning at nine"
    assert extract_new_text(body) == body
