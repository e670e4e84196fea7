"""Issue 9 item 8, class "client formats": heads over an older message that some clients write and were read as the
sender's words. Novell GroupWise heads the message it answers with '>>> "Jane" <jane@x.org> 12/1/2026 9:12 AM >>>'
and leaves it unquoted, so its head was dropped as a ">" quote and the older text under it read. Bulgarian clients
abbreviate the year in their attribution ("На 1.12.2026 г. в 9:12, Jane написа:"), and the stop after "г" was read as
the end of a sentence of the sender's run on into an attribution, splitting the line and keeping its first half.
Serbian in Cyrillic opens the attribution with "Дана" (the Latin "Dana" was listed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail import newtext
from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


@pytest.mark.parametrize(("fixture", "own"), [
    ("groupwise_reply_over_the_unquoted_request", "I plan our posts in Agorapulse and edit the pictures in Canva."),
    ("bulgarian_attribution_with_the_year_abbreviated", "Планирам публикациите в Agorapulse и следя обхвата."),
    ("serbian_cyrillic_attribution", "Објаве планирам у Agorapulse и пратим досег."),
])
def test_the_head_over_the_older_message_ends_the_senders_words(parsed: Callable[[str], ParsedMail], fixture: str,
                                                                  own: str) -> None:
    assert parsed(fixture).reply_text == own


def test_a_sentence_ending_in_a_word_of_one_letter_still_runs_on_into_an_attribution() -> None:
    """Guard: two letters before the stop end a sentence ("... a plan." then "On ... wrote:" on the same line)."""
    text = extract_new_text("I use Buffer with a plan. On 12/01/2026, Jane <jane@x.example> wrote:\n> old text\n")
    assert text == "I use Buffer with a plan."


def test_a_deep_quote_ending_in_arrows_is_no_groupwise_head() -> None:
    """Guard: a third-level quote that ends in ">>>" but names no date and time is quoted text, not a head."""
    text = extract_new_text("My answer.\n\n>>> see the table >>>\nAnd I track reach too.\n")
    assert "And I track reach too." in text


def test_reading_groupwise_heads_is_linear() -> None:
    shape = "Words.\n>>> Jane <j@x.example> 12/1/2026 9:12 AM >>>\n> q\n"
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24


def test_a_thread_quoted_three_deep_is_not_scanned_for_groupwise_heads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A GroupWise head ends its line with " >>>": a text without one is passed at C speed. A thread quoted three deep
    opens thousands of lines with ">>> ", each of which the head's pattern read up to 200 characters of (a third of
    the parse of parse_bench's 10,000-line thread)."""
    scanned: list[object] = []
    real = newtext.lines_matching

    def counted(lines: list[str], pattern: object, joined: str | None = None) -> object:
        scanned.append(pattern)
        return real(lines, pattern, joined)  # type: ignore[arg-type]

    monkeypatch.setattr(newtext, "lines_matching", counted)
    newtext.extract_new_text("My answer.\n\n" + ">>> earlier line 12/1/2026 9:12 with words\n" * 50)
    assert newtext._GROUPWISE_HEADER not in scanned
    newtext.extract_new_text("My answer.\n\n>>> Jane <j@x.example> 12/1/2026 9:12 AM >>>\nolder\n")
    assert newtext._GROUPWISE_HEADER in scanned
