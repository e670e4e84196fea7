"""Issue 9 item 8, signatures with delimiters other than "-- ": an antivirus vendor's footer (Avast, AVG) added to the
mail a free edition sends: "Virus-free. www.avast.com" between links in angle brackets, as Gmail and Outlook turn
its HTML into text, or "This email has been checked for viruses by Avast antivirus software." with its link, with no
delimiter over it. Both stayed in the reply text (words that count against the answer's length and its precision).
The footer ends the sender's words, with the lone links right above it; "Virus-free" opening a sentence of the
sender's own is theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize("fixture", ["antivirus_footer_between_its_links", "antivirus_checked_note_without_delimiter"])
def test_the_footer_is_not_the_senders(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    text = parsed(fixture).reply_text
    assert text.startswith("I plan posts in Buffer")
    assert text.endswith("take it private.")


def test_virus_free_in_a_sentence_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("virus_free_in_the_senders_sentence").reply_text.endswith("take it private.")
