"""RFC 5322 §4.2 (obs-FWS): a folded header field may go on over a line of nothing but white space; the
header block ends at an empty line. Request Tracker's test mail has a SpamAssassin report folded that
way, with Content-Length under it: the line of white space was read as the end of the header block, so
the fields under it became the sender's words. A line of white space now ends the block only when what
follows it is not more fields closed by an empty line; a body after such a line is still read as one."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_fields_under_a_line_of_white_space_are_fields(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("header_folded_over_a_line_of_white_space")
    assert mail.reply_text == "I plan posts in Buffer and check reach on Mondays."


def test_a_body_under_a_line_of_white_space_is_the_body(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("body_after_a_line_of_white_space").reply_text
    assert "Note: I plan posts in Buffer" in text and "That is all." in text


def test_finding_the_end_of_the_block_stays_linear() -> None:
    from bot.mail.headers import locate_header_block
    from tests.growth import cpu_growth

    unit = "X-Note: a\n \t\nX-More: b\n"
    assert cpu_growth(lambda raw: locate_header_block(raw.encode()), unit * 500 + "\nbody\n",
                      unit * 4000 + "\nbody\n") < 24
