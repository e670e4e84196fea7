"""Issue 9 item 8, class "an attribution with nothing written above it, over unquoted text": clients that mark an
older message by indenting it (Outlook for Mac) or not at all write "On <date>, Jane <jane@x.org> wrote:" over
plain lines, and a sender may write under it (bottom-posting). With nothing written above the attribution, its text
read as an older message and the reply as empty. It is read like a forward or a bare header block with nothing
written above: what the sender passes on (someone else's words when the attribution names someone else) or writes
under the bot's own message. A quote ("> ...") under such an attribution is still an older message."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


def test_the_text_under_an_attribution_with_nothing_above_is_passed_on(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("attribution_with_nothing_above_over_unquoted_text")
    assert "We schedule every post in Buffer and track saves and reply time." in mail.reply_text
    assert "wrote:" not in mail.reply_text
    assert "bo.lindqvist@agency.example" in mail.forwarded  # someone else's words: a pass goes to a person
    # A quote under the attribution stays an older message.
    assert extract_new_text("On Tue, 1 Dec 2026 at 09:12, Bo <bo@x.example> wrote:\n\n> Old words.") == ""


def test_the_answer_under_the_bots_own_message_is_the_senders(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("attribution_naming_the_bot_over_unquoted_request_then_answer")
    assert mail.reply_text.endswith("I use Later for scheduling and I watch saves every week.")
    assert not mail.forwarded
    shape = "On Tue, 1 Dec 2026 at 09:12, Bo <bo@x.example> wrote:\n\nWords.\n"
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24
