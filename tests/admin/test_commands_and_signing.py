"""The small languages: commands an admin writes, and the signed reply address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.admin.command_grammar import Action, Command, parse_commands
from bot.admin.signing import (
    AddressCheck,
    admin_reply_address,
    check_admin_address,
    parse_admin_address,
)
from bot.settings import Secret

BOT = "bot@bot.test"
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=7)


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("approve 12", Command(Action.APPROVE, 12)),
        ("Approve #12", Command(Action.APPROVE, 12)),
        ("approve 12 clearly her own words", Command(Action.APPROVE, 12, text="clearly her own words")),
        ("reject 7 the tools are only channels", Command(Action.REJECT, 7, text="the tools are only channels")),
        ("reject 7: copied from a blog", Command(Action.REJECT, 7, text="copied from a blog")),
        ("extend 3 12h", Command(Action.EXTEND, 3, hours=12.0)),
        ("extend 3 2d", Command(Action.EXTEND, 3, hours=48.0)),
        ("extend 3 12 hours", Command(Action.EXTEND, 3, hours=12.0)),
        ("resend 9", Command(Action.RESEND, 9)),
    ],
)
def test_a_command_line_is_understood(line: str, command: Command) -> None:
    assert parse_commands(line).commands == (command,)


@pytest.mark.parametrize("line", ["reject 7", "extend 3 soon", "extend 3", "approve twelve", "resend 9 now"])
def test_a_line_that_starts_like_a_command_but_is_not_one_is_reported(line: str) -> None:
    parsed = parse_commands(line)
    assert parsed.commands == () and parsed.misunderstood[0].line == line


def test_prose_is_ignored() -> None:
    assert parse_commands("Thanks! I would approve of more of these.\nSee you") == parse_commands("")


def test_the_signed_address_is_valid_only_for_the_admin_it_was_made_for() -> None:
    secret = Secret("s3cret")
    address = admin_reply_address(BOT, "Ada@Admin.test", secret, expires_at=LATER, request_id=12)
    found = parse_admin_address(address.upper(), BOT)  # some systems upper-case addresses
    assert found is not None and found.request_id == 12
    assert len(address.split("@")[0]) <= 64  # RFC 5321's limit on a local part
    assert check_admin_address(found, "ada@admin.test", (secret,), NOW) is AddressCheck.VALID
    assert check_admin_address(found, "bob@admin.test", (secret,), NOW) is AddressCheck.BAD_SIGNATURE
    assert check_admin_address(found, "ada@admin.test", (Secret("rotated"),), NOW) is AddressCheck.UNKNOWN_KEY
    assert check_admin_address(found, "ada@admin.test", (Secret("rotated"), secret), NOW) is AddressCheck.VALID


def test_a_signed_address_stops_working_when_it_expires() -> None:
    secret = Secret("s3cret")
    found = parse_admin_address(admin_reply_address(BOT, "ada@admin.test", secret, expires_at=LATER), BOT)
    assert found is not None
    assert check_admin_address(found, "ada@admin.test", (secret,), LATER + timedelta(hours=2)) is AddressCheck.EXPIRED


def test_a_signed_address_rebound_to_another_request_no_longer_verifies() -> None:
    secret = Secret("s3cret")
    address = admin_reply_address(BOT, "ada@admin.test", secret, expires_at=LATER, request_id=12)
    forged = parse_admin_address(address.replace("-12-", "-13-"), BOT)
    assert forged is not None and forged.request_id == 13
    assert check_admin_address(forged, "ada@admin.test", (secret,), NOW) is AddressCheck.BAD_SIGNATURE


def test_request_reply_addresses_are_not_admin_addresses() -> None:
    assert parse_admin_address("bot+abcdefghijklmnopqrst@bot.test", BOT) is None
    assert parse_admin_address("bot+adm-abcd-xyz@other.test", BOT) is None
