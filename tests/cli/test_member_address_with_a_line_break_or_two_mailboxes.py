"""Attack (issue 10 item 10, red-team variant): `members add` (and each row of `members import`) read the address
from the whole value and kept the first: "alice@members.example\\r\\nBcc: z@evil.example" and "alice@members.example,
mallory@evil.example" were added as alice without a word, a header's worth of text and a second mailbox silently
dropped. A value that is not one address, or that holds a line break or another control character, is refused by
name and nothing is stored, as `request` refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Cli


def members(cli: Cli) -> list[str]:
    return [m["email"] for m in cli("members", "list", "--format", "json").json_lines()]


@pytest.mark.parametrize("value", [
    "alice@members.example\r\nBcc: z@evil.example",
    "alice@members.example\nX-Injected: 1",
    "alice@members.example, mallory@evil.example",
    "alice@members.example; mallory@evil.example",
    "Alice <alice@members.example>\x1b[2J",
])
def test_a_value_that_is_not_one_clean_address_is_refused(cli: Cli, value: str) -> None:
    result = cli("members", "add", value, "--name", "Alice")

    assert result.code == 2 and "is not one email address" in result.err
    assert members(cli) == []


def test_an_import_row_that_is_not_one_address_is_refused(cli: Cli, tmp_path: Path) -> None:
    rows = tmp_path / "members.csv"
    rows.write_text('email,name\n"alice@members.example, mallory@evil.example",Alice\nbob@members.example,Bob\n')

    result = cli("members", "import", str(rows))

    assert "alice@members.example" not in members(cli)
    assert "is not one email address" in result.out + result.err


@pytest.mark.parametrize("value", ["Alice Example <alice@members.example>", " alice@members.example "])
def test_one_address_with_a_name_or_spaces_is_still_added(cli: Cli, value: str) -> None:
    assert cli("members", "add", value, "--name", "Alice").code == 0
    assert members(cli) == ["alice@members.example"]
