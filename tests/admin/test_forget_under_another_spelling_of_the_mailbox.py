"""Attack (issue 10 item 14, red-team variants): `forget` asked with another spelling of the same mailbox than the
one stored. A person asking to be forgotten writes their address their own way; the bot kept everything held under:

- a ``+tag`` (RFC 5233 subaddress): the request went to ``gina+jobs@cand.example`` and she answered from it, and
  `forget gina@cand.example` found nothing;
- the other form of an internationalised domain: held under ``gina@bücher.example``, `forget
  gina@xn--bcher-kva.example` (what a form or a terminal without Unicode gives) found nothing, and the other way
  round.

Now `forget` reads the addresses stored for the same mailbox (case, root dot, quotes, +tag, either form of the
domain; never look-alike letters or a provider's dots, which would join other people) and erases each. Carol's
request stays.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from sqlalchemy import select as core_select
from sqlmodel import SQLModel

from bot.db.engine import Database
from tests.admin.cli_world import endorsebot, prepare
from tests.admin.helpers import FIXTURES
from tests.workflow.world import World

CAROL = "carol@cand.example"


def _seed(candidate: str, fixture: str) -> Callable[[World], Awaitable[dict[str, int]]]:
    async def seed(world: World) -> dict[str, int]:
        request = await world.request(candidate)
        await world.deliver(str(FIXTURES / fixture), request)
        carol = await world.request(CAROL)
        await world.app.outbox.flush()
        return {"request": request.id or 0, "carol": carol.id or 0}

    return seed


async def _stored(db_file: Path) -> list[tuple[str, str, object]]:
    db = Database(f"sqlite+aiosqlite:///{db_file}")
    found = []
    try:
        async with db.engine.connect() as conn:
            for table in SQLModel.metadata.sorted_tables:
                for row in (await conn.execute(core_select(table))).mappings():
                    found += [(table.name, column, value) for column, value in row.items()]
    finally:
        await db.close()
    return found


def _mentioning(db_file: Path, *spellings: str) -> list[tuple[str, str]]:
    def mentions(value: object) -> bool:
        text = (value.decode("utf-8", "replace") if isinstance(value, bytes)
                else value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False))
        return any(s in text.lower() for s in spellings)

    return [(t, c) for t, c, v in asyncio.run(_stored(db_file)) if v is not None and mentions(v)]


def test_forget_erases_what_is_held_under_the_mailboxs_plus_tag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare(tmp_path, _seed("gina+jobs@cand.example", "gina_answers_from_her_tagged_address.eml"))
    db_file = tmp_path / "bot.sqlite3"
    assert _mentioning(db_file, "gina+jobs@cand.example")

    assert endorsebot(tmp_path, "forget", "gina@cand.example", "--yes", monkeypatch=monkeypatch) == 0

    assert _mentioning(db_file, "gina+jobs@cand.example", "gina@cand.example") == []
    assert _mentioning(db_file, CAROL)  # another person's request stays


@pytest.mark.parametrize(("stored", "asked"), [
    ("gina@bücher.example", "gina@xn--bcher-kva.example"),
    ("gina@xn--bcher-kva.example", "gina@bücher.example"),
])
def test_forget_erases_what_is_held_under_the_domains_other_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stored: str, asked: str
) -> None:
    prepare(tmp_path, _seed(stored, "gina_answers_from_her_internationalised_domain.eml"))
    db_file = tmp_path / "bot.sqlite3"
    assert _mentioning(db_file, stored)

    assert endorsebot(tmp_path, "forget", asked, "--yes", monkeypatch=monkeypatch) == 0

    assert _mentioning(db_file, "gina@bücher.example", "gina@xn--bcher-kva.example") == []
    assert _mentioning(db_file, CAROL)
