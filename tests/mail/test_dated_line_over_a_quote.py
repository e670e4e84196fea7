"""Issue 9 item 8, class "a quote header with neither an address nor a verb": sup writes "Excerpts from Jane's
message of 2026-01-06 09:14:02 +0100:" over what it quotes, and Yandex writes '06.01.2026, 09:14, "Jane":' when
it has no address for the author; neither ends with a verb ("wrote:") or names an address, so the line stayed in
the sender's words (a short answer then read as half header). A short line that ends in a colon, names a date
with its year and a time, and has few lower-case words, right above a quote, introduces it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


def test_sups_excerpt_lines_go_with_the_quotes_under_them(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("dated_line_over_a_quote_from_sup").reply_text == (
        "I plan everything in Later.\n\nReach and saves, every Friday.")


def test_a_dated_line_without_an_address_goes_with_the_quote(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("dated_line_over_a_quote_without_an_address").reply_text == (
        "We schedule with Hootsuite and watch the comment count.")


@pytest.mark.parametrize("header", [
    "Jane Roe, 2026-01-06 09:14:",
    "[2026-01-06 09:14] Jane Roe:",
    "Jane Roe (1/6/2026 9:14 AM):",
])
def test_other_dated_headers_over_a_quote(header: str) -> None:
    assert extract_new_text(f"I use Buffer.\n\n{header}\n> Which tools?\n") == "I use Buffer."


@pytest.mark.parametrize(("text", "kept"), [
    # The sender's own sentence introducing what they paste: many lower-case words.
    ("I use Buffer.\n\nHere is the schedule we set for 06.01.2026 at 09:14:\n> Monday: Instagram",
     "Here is the schedule we set for 06.01.2026 at 09:14:"),
    # No year, or no time: a label, not a header.
    ("I use Buffer.\n\nMonday 09:14:\n> the post went out", "Monday 09:14:"),
    ("I use Buffer.\n\nReport of 06.01.2026:\n> reach up 4%", "Report of 06.01.2026:"),
    # Not over a quote: the sender's own lines.
    ("I use Buffer.\n\nJane Roe, 2026-01-06 09:14:\nreach up 4%", "Jane Roe, 2026-01-06 09:14:\nreach up 4%"),
])
def test_dated_lines_that_introduce_no_quote_stay(text: str, kept: str) -> None:
    assert kept in extract_new_text(text)


@pytest.mark.parametrize("shape", [
    "a 2026-01-06 09:14:\n", "a 2026-01-06 09:14:\n> q\n", "1/1/2026 1:11 " * 30 + ":\n",
])
def test_reading_dated_lines_is_linear(shape: str) -> None:
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24
