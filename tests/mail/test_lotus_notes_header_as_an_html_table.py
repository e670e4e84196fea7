"""Issue 9 item 8 (attribution lines of Lotus Notes): Notes' HTML reply lays its head out as a table, the sender
and the date in the first cell, the labels "To", "cc", "Subject" in cells of their own beside their values. Read as
text its rows are "date | To | recipients" under the sender's line, and the head and the request under it were
read as the candidate's words."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_the_older_message_starts_at_the_senders_line(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("lotus_notes_header_as_an_html_table").reply_text == "I use Metricool and Canva every day."


def test_a_persons_table_with_to_and_subject_rows_is_kept(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("persons_table_with_to_and_subject_rows").reply_text
    assert "Step 2 | Subject | under 50 characters" in text
    assert text.endswith("I use Metricool and Canva every day.")
