"""Issue 9 item 8, class "a signature typed without delimiter or closing", from a sender whose From names no one
to find it by: a contact block counts its contact lines (phone, mail, web), at least two with a phone or a mail
among them, under a line with a name. Many signatures put all of them on one line between bars, middle dots or
bullets ("M: +91 98765 43210 | E: jo@x.org | W: x.org"), and such a block read as one contact line stayed in the
sender's words. Each item between separators counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text

OWN = "I use Buffer and track reach every week."


def test_a_signature_with_its_contact_items_on_one_line_is_cut(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("contact_items_on_one_line").reply_text == (
        "We schedule in Sprout Social and report engagement rate each month.")


@pytest.mark.parametrize("signature", [
    "Sam Lee\nsam@acme.example · +1 555 0100",
    "Sam Lee\nT +1 555 0100 • www.acme.example",
    "Sam Lee | Community Manager\nsam@acme.example | +1 555 0100",
])
def test_separators_between_contact_items(signature: str) -> None:
    assert extract_new_text(f"{OWN}\n\n{signature}") == OWN


@pytest.mark.parametrize("kept", [
    # Web addresses alone, no phone or mail: a list of tools stays the sender's.
    "Buffer\nbuffer.com | later.com | hootsuite.com",
    # One item only.
    "Sam Lee\n+1 555 0100",
])
def test_lines_that_are_no_contact_block_stay(kept: str) -> None:
    assert extract_new_text(f"{OWN}\n\n{kept}") == f"{OWN}\n\n{kept}"
