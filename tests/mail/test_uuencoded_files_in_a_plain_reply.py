"""Issue 9 item 8, a class the corpus lacks: Outlook Express and older clients attach a file uuencoded inside the
text part (POSIX uuencode: "begin 644 name", lines of the characters 0x20-0x60, "end"). Readers show it as an
attachment; its lines of code were read as the candidate's words, and a picture sent so was not counted."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_a_uuencoded_file_is_no_part_of_the_text(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("uuencoded_file_in_a_plain_reply")
    assert mail.reply_text.endswith("My calendar is attached.")
    assert "begin 644" not in mail.text and mail.pictures == 0


def test_a_uuencoded_picture_counts_as_one_sent_with_the_reply(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("uuencoded_picture_in_a_plain_reply")
    assert mail.reply_text == "I schedule in Hootsuite and design in Canva."
    assert mail.pictures == 1
