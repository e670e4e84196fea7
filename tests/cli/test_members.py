"""`endorsebot members`: the registered endorsers who may start requests by email."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.commands.members import BadRow, parse_csv
from tests.cli.conftest import FIXTURES, Cli


def members(cli: Cli) -> list[tuple[str, str]]:
    return [(m["email"], m["name"]) for m in cli("members", "list", "--format", "json").json_lines()]


def test_add_then_list(cli: Cli) -> None:
    result = cli("members", "add", "Alice@Members.Example", "--name", "Alice Example")

    assert result.code == 0 and "added alice@members.example" in result.out
    assert members(cli) == [("alice@members.example", "Alice Example")]
    assert "alice@members.example  Alice Example  yes" in cli("members", "list").out


def test_adding_again_updates_the_name_and_adds_no_second_row(cli: Cli) -> None:
    cli("members", "add", "alice@members.example", "--name", "Alice")

    result = cli("members", "add", "alice@members.example", "--name", "Alice Example")

    assert result.code == 0 and "already a member (updated)" in result.out
    assert members(cli) == [("alice@members.example", "Alice Example")]


def test_adding_a_bad_address_exits_2(cli: Cli) -> None:
    result = cli("members", "add", "alice at members")

    assert result.code == 2
    assert "'alice at members' is not an email address" in result.err
    assert members(cli) == []


def test_remove(cli: Cli) -> None:
    cli("members", "add", "alice@members.example")

    assert cli("members", "remove", "alice@members.example").code == 0
    assert members(cli) == []


def test_removing_a_non_member_is_an_error(cli: Cli) -> None:
    result = cli("members", "remove", "nobody@members.example")

    assert result.code == 1
    assert "nobody@members.example is not a member" in result.err


def test_import_reports_added_skipped_and_invalid_rows(cli: Cli, tmp_path: Path) -> None:
    csv_file = shutil.copy(FIXTURES / "members_with_bad_row.csv", tmp_path / "members.csv")
    cli("members", "add", "carl@members.example", "--name", "Carl")

    result = cli("members", "import", str(csv_file))

    # ann and bob are new; ANN@ repeats ann and carl already is a member; line 3 is no address.
    assert result.out.splitlines()[0] == "added 2, skipped 2 (already members or repeated), invalid 1"
    assert "line 3: 'this is not an address' is not an email address" in result.out
    assert result.code == 1  # so a script notices the bad row; the good rows are in
    assert members(cli) == [("ann@members.example", "Ann Example"), ("bob@members.example", "Bob Example, Jr."),
                            ("carl@members.example", "Carl")]


def test_importing_the_same_file_again_adds_nothing(cli: Cli, tmp_path: Path) -> None:
    csv_file = tmp_path / "members.csv"
    csv_file.write_text("email,name\nann@members.example,Ann\n", encoding="utf-8")
    assert cli("members", "import", str(csv_file)).code == 0

    result = cli("members", "import", str(csv_file))

    assert result.code == 0
    assert result.out.startswith("added 0, skipped 1")


def test_a_missing_file_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("members", "import", str(tmp_path / "absent.csv"))

    assert result.code == 1
    assert "cannot read" in result.err and "absent.csv" in result.err


def test_a_file_saved_by_excel_with_a_byte_order_mark_imports(cli: Cli, tmp_path: Path) -> None:
    csv_file = tmp_path / "excel.csv"
    csv_file.write_text("email,name\r\nann@members.example,Ann\r\n", encoding="utf-8-sig")

    assert cli("members", "import", str(csv_file)).code == 0
    assert members(cli) == [("ann@members.example", "Ann")]


def test_the_csv_reader_skips_the_header_and_blank_lines_and_keeps_quoted_commas() -> None:
    rows, bad = parse_csv("email,name\n\nx@y.example,\"Doe, Jane\"\nx@y.example,a,b\n")

    assert [(r.line, r.email, r.name) for r in rows] == [(3, "x@y.example", "Doe, Jane")]
    assert bad == [BadRow(4, "x@y.example,a,b", "more than two columns (email,name)")]
