"""Issue 9 item 8, a class the corpus lacks: a mail gateway's note about an outside sender was set aside only under
a label in capitals or brackets ("CAUTION:", "[External]"). Proofpoint writes "This Message Is From an External
Sender / This message came from outside your organization." with none, framed between ZjQcmQRYFpfptBannerStart and
ZjQcmQRYFpfptBannerEnd lines, and a bot whose mailbox sits behind such a gateway gets it over every answer. A first
paragraph that speaks of this message, says it came from outside and warns as gateways do is set aside too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text


@pytest.mark.parametrize("scenario", ["gateway_note_without_a_label", "gateway_note_framed_by_proofpoint"])
def test_the_gateways_note_is_no_part_of_the_reply(parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    text = parsed(scenario).reply_text
    assert text.startswith("I schedule in Buffer")
    assert "External" not in text and "ZjQc" not in text


@pytest.mark.parametrize(
    "first",
    [
        "This message is from our external agency: we use Buffer and Canva.",
        "Most messages we get come from outside the organization: an email from a customer, mostly.",
    ],
)
def test_the_senders_own_words_about_outside_mail_stay(first: str) -> None:
    text = f"{first}\n\nI watch reach."
    assert extract_new_text(text) == text
