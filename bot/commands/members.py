"""`endorsebot members add|remove|list|import`: the registered endorsers, who may start requests by email.

endorsebot members add alice@example.org --name "Alice Example"
endorsebot members import members.csv      # columns: email,name (a header row is optional)
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.console.terminal import err, json_text, out
from bot.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from bot.db.models import Member

_EMAIL_RE = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


@dataclass(frozen=True, slots=True)
class MemberRow:
    line: int
    email: str
    name: str


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    text: str
    why: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: tuple[str, ...]
    skipped: tuple[str, ...]  # already members, or repeated in the file
    invalid: tuple[BadRow, ...]


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="manage registered endorsers")
    actions = p.add_subparsers(dest="members_action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="register an endorser (or change their name)")
    add.add_argument("email")
    add.add_argument("--name", default=None)
    remove = actions.add_parser("remove", help="unregister an endorser; their past requests stay")
    remove.add_argument("email")
    listing = actions.add_parser("list", help="list registered endorsers")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    imports = actions.add_parser("import", help="register endorsers from a CSV file (columns email,name)")
    imports.add_argument("file", type=Path, metavar="FILE.csv")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.commands.migrate import run_database_work

    if args.members_action == "import":
        try:
            text = args.file.read_text(encoding="utf-8-sig")  # Excel writes a BOM
        except (OSError, UnicodeDecodeError) as exc:
            print(f"endorsebot: cannot read {args.file}: {exc}", file=sys.stderr)
            return 1
        return run_database_work(_with_session(settings, lambda s: _import(s, text)))
    actions = {
        "add": lambda s: _add(s, args.email, args.name),
        "remove": lambda s: _remove(s, args.email),
        "list": lambda s: _list(s, args.format),
    }
    return run_database_work(_with_session(settings, actions[args.members_action]))


async def _with_session(settings: Settings, action: Any) -> int:
    from bot.commands.migrate import migrated_database

    async with migrated_database(settings) as db, db.session() as session:
        code: int = await action(session)
        await session.commit()
    return code


# ---- pure parts ---------------------------------------------------------------------------------


def check_email(raw: str) -> tuple[str, str]:
    """(normalised address, "") or ("", why it is not an address)."""
    from bot.outbound import addresses

    email = addresses.normalize(raw)
    if not raw.strip():
        return "", "no email address"
    if _unprintable(raw.strip(), spaces=True) or not addresses.one_mailbox(raw):
        # The address is read from the whole value: "alice@x\r\nBcc: z@w" or "alice@x, mallory@y" was cut to its
        # first address and added without a word (issue 10 item 10, red-team variant), as a request refuses.
        return "", f"{raw.strip()!r} is not one email address"
    if not _EMAIL_RE.match(email):
        return "", f"{raw.strip()!r} is not an email address"
    if _unprintable(email, spaces=False):  # a control, format or separator character: escapes, look-alikes
        return "", f"{raw.strip()!r} holds a control, invisible or space character"
    if addresses.mixes_scripts(email):  # issue 10 item 15: "pаypal" with a Cyrillic a is a look-alike
        return "", f"{raw.strip()!r} mixes alphabets within a name (a look-alike address)"
    return email, ""


def _unprintable(text: str, *, spaces: bool) -> bool:
    """Does ``text`` hold a control (C0, DEL, C1), format (zero-width, bidi), line or paragraph separator
    character, or (``spaces`` False) any space? Such a character in an address or a name reaches terminals
    (ESC and C1 sequences), mail bodies (a line break writes a line of the sender's choosing) and readers
    (a zero-width or right-to-left character makes one address look like another)."""
    for char in text:
        category = unicodedata.category(char)
        if category[0] == "C" or category in ("Zl", "Zp") or (not spaces and category == "Zs"):
            return True
    return False


def check_name(name: str) -> str:
    """"" if ``name`` may be stored as a member's name, else why not: the rule every name follows
    (bot.domain.names: a joiner only between letters of a script that writes it)."""
    from bot.domain.names import unprintable_in_name

    if (char := unprintable_in_name(name)) is not None:
        return f"the name {name!r} holds a control, invisible or line-breaking character ({char})"
    return ""


def parse_csv(text: str) -> tuple[list[MemberRow], list[BadRow]]:
    """Rows of ``email,name``; a first row whose first cell is "email" is a header and is skipped."""
    rows: list[MemberRow] = []
    bad: list[BadRow] = []
    for line, cells in _csv_lines(text):
        if not any(c.strip() for c in cells):
            continue
        if line == 1 and cells[0].strip().lower() == "email":
            continue
        if len(cells) > 2:
            bad.append(BadRow(line, ",".join(cells), "more than two columns (email,name)"))
            continue
        email, why = check_email(cells[0])
        if why:
            bad.append(BadRow(line, ",".join(cells), why))
            continue
        name = cells[1].strip() if len(cells) > 1 else ""
        why = check_name(name)
        if why:
            bad.append(BadRow(line, ",".join(cells), why))
            continue
        rows.append(MemberRow(line, email, name))
    return rows, bad


def _csv_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text))
    for cells in reader:
        yield reader.line_num, cells


# ---- database parts -----------------------------------------------------------------------------


async def _find(session: AsyncSession, email: str) -> Member | None:
    from sqlalchemy import select
    from sqlmodel import col

    from bot.db.models import Member

    return await session.scalar(select(Member).where(col(Member.email) == email))


def _new_member(email: str, name: str) -> Member:
    from bot.clock import SystemClock
    from bot.db.models import Member

    return Member(email=email, name=name, active=True, created_at=SystemClock().now())


async def _add(session: AsyncSession, raw: str, name: str | None) -> int:
    email, why = check_email(raw)
    if not why and name is not None:
        why = check_name(name)
    if why:
        err(f"endorsebot: {why}")
        return 2
    member = await _find(session, email)
    if member is None:
        session.add(_new_member(email, name or ""))
        out(f"added {email}")
        return 0
    changed = not member.active or (name is not None and name != member.name)
    member.active = True
    if name is not None:
        member.name = name
    out(f"{email} is already a member" + (" (updated)" if changed else ""))
    return 0


async def _remove(session: AsyncSession, raw: str) -> int:
    email, why = check_email(raw)
    member = None if why else await _find(session, email)
    if member is None:
        err(f"endorsebot: {email or raw.strip()} is not a member")
        return 1
    # Deleted, not deactivated: mail from them is then refused as from an unknown endorser.
    await session.delete(member)
    out(f"removed {email}")
    return 0


async def _list(session: AsyncSession, output: str) -> int:
    from sqlalchemy import select
    from sqlmodel import col

    from bot.console.views import member_json, members_table
    from bot.db.models import Member

    members = list(await session.scalars(select(Member).order_by(col(Member.email))))
    if output == "json":
        for member in members:
            out(json_text(member_json(member)))
    else:
        out(members_table(members))
    return 0


async def _import(session: AsyncSession, text: str) -> int:
    rows, bad = parse_csv(text)
    report = await import_rows(session, rows, bad)
    print(
        f"added {len(report.added)}, skipped {len(report.skipped)} (already members or repeated), "
        f"invalid {len(report.invalid)}"
    )
    for row in report.invalid:
        out(f"  line {row.line}: {row.why}: {row.text}")
    return 1 if report.invalid else 0


async def import_rows(session: AsyncSession, rows: Iterable[MemberRow], bad: Iterable[BadRow]) -> ImportReport:
    from sqlalchemy import select
    from sqlmodel import col

    from bot.db.models import Member

    known = set(await session.scalars(select(col(Member.email))))
    added: list[str] = []
    skipped: list[str] = []
    for row in rows:
        if row.email in known:
            skipped.append(row.email)
            continue
        session.add(_new_member(row.email, row.name))
        known.add(row.email)
        added.append(row.email)
    return ImportReport(tuple(added), tuple(skipped), tuple(bad))
