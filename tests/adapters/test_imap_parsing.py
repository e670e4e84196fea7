"""How ImapMailbox reads aioimaplib's answers: the shapes the library really hands over."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.adapters.imap import parse_fetch, parse_internaldate, parse_search, parse_uidvalidity, quote_mailbox
from bot.ports import TransientError

DONE = b"Fetch completed (0.001 + 0.000 secs)."


def test_items_before_the_literal() -> None:
    lines: list[bytes | bytearray] = [
        b'1 FETCH (UID 7 INTERNALDATE "05-Jan-2026 10:00:00 +0000" BODY[] {5}',
        bytearray(b"hello"),
        b")",
        DONE,
    ]

    assert parse_fetch(lines) == [(7, datetime(2026, 1, 5, 10, 0, tzinfo=UTC), b"hello")]


def test_items_after_the_literal() -> None:
    lines: list[bytes | bytearray] = [
        b"2 FETCH (BODY[] {3}",
        bytearray(b"abc"),
        b' UID 12 INTERNALDATE "05-Jan-2026 10:00:00 +0000")',
        DONE,
    ]

    assert parse_fetch(lines) == [(12, datetime(2026, 1, 5, 10, 0, tzinfo=UTC), b"abc")]


def test_several_messages_and_an_unsolicited_flag_update() -> None:
    lines: list[bytes | bytearray] = [
        b'1 FETCH (UID 3 INTERNALDATE "05-Jan-2026 10:00:00 +0000" BODY[] {1}',
        bytearray(b"a"),
        b")",
        b"1 FETCH (FLAGS (\\Seen))",  # another client changed a flag: no literal, not a message
        b'2 FETCH (UID 4 INTERNALDATE "05-Jan-2026 10:00:01 +0000" BODY[] {1}',
        bytearray(b"b"),
        b")",
        DONE,
    ]

    assert [(uid, raw) for uid, _, raw in parse_fetch(lines)] == [(3, b"a"), (4, b"b")]


def test_the_literal_is_returned_even_when_it_looks_like_protocol() -> None:
    body = b"* BYE not really\r\nA1 OK no\r\n{12}\r\n"
    lines: list[bytes | bytearray] = [
        b'1 FETCH (UID 1 INTERNALDATE "05-Jan-2026 10:00:00 +0000" BODY[] {24}',
        bytearray(body),
        b")",
        DONE,
    ]

    assert parse_fetch(lines)[0][2] == body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05-Jan-2026 10:00:00 +0000", datetime(2026, 1, 5, 10, 0, tzinfo=UTC)),
        (" 5-Jan-2026 10:00:00 +0000", datetime(2026, 1, 5, 10, 0, tzinfo=UTC)),  # space-padded day
        ("05-Jan-2026 23:30:00 -0500", datetime(2026, 1, 6, 4, 30, tzinfo=UTC)),
        ("01-Jul-2026 01:15:00 +0530", datetime(2026, 6, 30, 19, 45, tzinfo=UTC)),
    ],
)
def test_internaldate_becomes_aware_utc(text: str, expected: datetime) -> None:
    parsed = parse_internaldate(text)

    assert parsed == expected
    assert parsed.tzinfo == UTC


@pytest.mark.parametrize("text", ["2026-01-05 10:00:00", "05-Foo-2026 10:00:00 +0000", ""])
def test_malformed_internaldate_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_internaldate(text)


def test_search_numbers_with_or_without_the_keyword() -> None:
    assert parse_search([b"3 4 5", b"Search completed."]) == [3, 4, 5]
    assert parse_search([b"SEARCH 9", b"Search completed."]) == [9]
    assert parse_search([b"", b"Search completed."]) == []


def test_uidvalidity_from_the_select_answer() -> None:
    lines: list[bytes | bytearray] = [
        b"FLAGS (\\Seen)",
        b"3 EXISTS",
        b"OK [UIDVALIDITY 1767225600] UIDs valid",
        b"[READ-WRITE] ok",
    ]

    assert parse_uidvalidity(lines) == 1767225600


def test_select_without_uidvalidity_is_transient() -> None:
    with pytest.raises(TransientError):
        parse_uidvalidity([b"3 EXISTS", b"[READ-WRITE] ok"])


def test_mailbox_names_are_quoted() -> None:
    assert quote_mailbox("INBOX") == '"INBOX"'
    assert quote_mailbox('Bot "replies"') == '"Bot \\"replies\\""'
