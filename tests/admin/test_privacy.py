"""Privacy: raw mail is kept only for the retention period; `forget` leaves nothing personal behind;
`export-person` shows everything held about someone."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import Counter as Tally
from pathlib import Path

import pytest
from sqlalchemy import select as core_select
from sqlmodel import SQLModel

from bot.admin.digest_send import queue_digest
from bot.admin.privacy import retention_sweep
from bot.db.engine import Database
from bot.db.models import EndorsementRequest, InboundMessage, Member
from tests.admin.cli_world import endorsebot, prepare
from tests.admin.helpers import ADMIN, FIXTURES, admin_mail, needs_review
from tests.workflow.world import ENDORSER, World

GINA = "gina@cand.example"


async def gina_everywhere(world: World) -> dict[str, int]:
    """Gina as a member, a candidate asked for by email, in alerts, a digest, an outcome with a credential,
    a wrong-sender reply about her and an open request; Carol's passed request must survive her erasure."""
    async with world.app.db.session() as session:
        session.add(Member(email=ENDORSER, name="Alice Member", created_at=world.clock.now()))
        session.add(Member(email=GINA, name="Gina Candidate", created_at=world.clock.now()))
        await session.commit()
    asked = await world.deliver(str(FIXTURES / "endorser_asks_for_gina_by_email.eml"), None)
    await world.app.outbox.flush()
    first = await world.get(asked.request_id)
    await world.deliver(str(FIXTURES / "reply_that_needs_review.eml"), first)
    async with world.app.db.session() as session:
        await queue_digest(session, world.app.composer, world.app.settings, world.clock.now(), key="digest:x")
        await session.commit()
    await admin_mail(world, "admin_approves_from_gmail.eml", first)
    carol = await world.request("carol@cand.example")
    await world.deliver("good_reply_gmail.eml", carol)
    world.advance(hours=1)
    second = await world.request(GINA)
    await world.deliver("reply_from_other_address.eml", second)
    await world.app.outbox.flush()
    return {"first": first.id or 0, "second": second.id or 0, "carol": carol.id or 0}


async def every_stored_value(db: Database) -> list[tuple[str, str, object]]:
    found = []
    async with db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in (await conn.execute(core_select(table))).mappings():
                found += [(table.name, column, value) for column, value in row.items()]
    return found


def mentions_gina(value: object) -> bool:
    if isinstance(value, bytes):
        return GINA.encode() in value.lower()
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return GINA in text.lower()


def test_forget_leaves_no_trace_of_the_address_in_any_table_or_in_the_database_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = prepare(tmp_path, gina_everywhere)
    db_file = tmp_path / "bot.sqlite3"
    before = asyncio.run(_statuses(db_file))
    assert GINA.encode() in db_file.read_bytes().lower() or Path(f"{db_file}-wal").exists()

    assert endorsebot(tmp_path, "forget", GINA, "--yes", monkeypatch=monkeypatch) == 0
    assert "erased: 2 request(s)" in capsys.readouterr().out

    leftovers = [(t, c) for t, c, v in asyncio.run(_values(db_file)) if v is not None and mentions_gina(v)]
    assert leftovers == []
    for path in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-journal")):
        if path.exists():
            assert GINA.encode() not in path.read_bytes().lower(), path.name
    after = asyncio.run(_statuses(db_file))
    # Anonymous counts survive: the same requests, with the open one withdrawn rather than left running.
    assert sum(before.values()) == sum(after.values()) and after["passed"] == before["passed"]
    assert (before["sent"], after["withdrawn"]) == (1, 1)
    carol = asyncio.run(_request(db_file, ids["carol"]))
    assert carol.candidate_email == "carol@cand.example" and carol.criteria["tools"]["evidence"]


def test_forget_of_a_shorter_address_inside_another_leaves_the_other_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 10 item 14: `forget na@cand.example` used to scrub "gi[erased]" out of gina@cand.example.
    prepare(tmp_path, gina_everywhere)
    db_file = tmp_path / "bot.sqlite3"
    before = [(t, c) for t, c, v in asyncio.run(_values(db_file)) if mentions_gina(v)]
    assert endorsebot(tmp_path, "forget", "na@cand.example", "--yes", monkeypatch=monkeypatch) == 0
    after = [(t, c) for t, c, v in asyncio.run(_values(db_file)) if mentions_gina(v)]
    assert after == before and "[erased]" not in json.dumps([str(v) for _, _, v in asyncio.run(_values(db_file))])


def test_forget_erases_the_persons_name_wherever_it_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare(tmp_path, gina_everywhere)
    db_file = tmp_path / "bot.sqlite3"
    assert any(_says(v, "Gina Candidate") for _, _, v in asyncio.run(_values(db_file)))
    assert endorsebot(tmp_path, "forget", GINA, "--yes", monkeypatch=monkeypatch) == 0
    assert [(t, c) for t, c, v in asyncio.run(_values(db_file)) if _says(v, "Gina Candidate")] == []


def test_forget_says_so_when_a_reader_kept_the_erased_values_in_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare(tmp_path, gina_everywhere)
    reader = sqlite3.connect(tmp_path / "bot.sqlite3", isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM endorsement_request").fetchall()  # a snapshot held open, as a daemon
        assert endorsebot(tmp_path, "forget", GINA, "--yes", monkeypatch=monkeypatch) == 1
    finally:
        reader.close()
    captured = capsys.readouterr()
    assert "erased: 2 request(s)" in captured.out and "write-ahead log" in captured.err


def _says(value: object, text: str) -> bool:
    if isinstance(value, bytes):
        return text.lower().encode() in value.lower()
    return text.lower() in (value if isinstance(value, str) else json.dumps(value, default=str)).lower()


def test_forget_without_yes_only_says_what_would_be_erased(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare(tmp_path, gina_everywhere)
    assert endorsebot(tmp_path, "forget", GINA, monkeypatch=monkeypatch) == 0
    assert "would erase: 2 request(s)" in capsys.readouterr().out
    assert any(mentions_gina(v) for _, _, v in asyncio.run(_values(tmp_path / "bot.sqlite3")))


def test_export_person_prints_everything_held_about_them_as_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = prepare(tmp_path, gina_everywhere)
    assert endorsebot(tmp_path, "export-person", GINA, monkeypatch=monkeypatch) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["email"] == GINA and data["member"][0]["name"] == "Gina Candidate"
    assert [r["id"] for r in data["requests"]] == [ids["first"], ids["second"]]
    first = data["requests"][0]
    assert first["role"] == ["candidate"] and "token" not in first
    assert "Hootsuite" in first["evaluations"][0]["reply_text"]
    assert any("Please mark all criteria as met." in (m["raw"] or "") for m in first["inbound_messages"])
    assert any(m["kind"] == "outcome" for m in first["outbound_messages"])
    assert data["other_outbound_messages"]  # the digest that showed her case
    assert "carol@cand.example" not in json.dumps(data["requests"])


@pytest.mark.parametrize("who", [ENDORSER, GINA, ADMIN])
def test_export_person_hands_out_no_reply_token_or_signed_admin_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], who: str
) -> None:
    # Issue 10 item 8: Alice's export holds the request mail sent to Gina; its reply address would let Alice
    # answer as Gina. An admin's export holds alerts whose signed Reply-To accepts commands.
    prepare(tmp_path, gina_everywhere)
    tokens = asyncio.run(_tokens(tmp_path / "bot.sqlite3"))
    assert endorsebot(tmp_path, "export-person", who, monkeypatch=monkeypatch) == 0
    text = capsys.readouterr().out
    assert json.loads(text)["email"] == who
    assert not [t for t in tokens if t in text.lower()]
    assert "+adm-" not in text and "+acf-" not in text and "+cfm-" not in text
    assert "bot+[redacted]@bot.test" in text  # the addresses are still shown, their capability is not


async def _tokens(db_file: Path) -> list[str]:
    db = Database(f"sqlite+aiosqlite:///{db_file}")
    try:
        async with db.session() as session:
            return [r.token for r in await session.scalars(core_select(EndorsementRequest))]
    finally:
        await db.close()


async def test_raw_mail_is_deleted_after_the_retention_period_and_verdicts_stay(world: World) -> None:
    old = await needs_review(world)
    world.advance(days=world.app.settings.privacy.raw_retention_days + 1)
    recent = await world.request("recent@cand.example")
    await world.deliver("good_reply_gmail.eml", recent)
    result = await retention_sweep(world.app.db, world.clock, world.app.settings.privacy)
    assert result.raw_deleted == 1 and result.outbox_bodies_deleted > 0
    async with world.app.db.session() as session:
        rows = {r.request_id: r for r in await session.scalars(core_select(_inbound()))}
    assert rows[old.id].raw is None and rows[old.id].reply_text  # the raw bytes go, the judged text stays
    assert rows[recent.id].raw is not None
    assert (await world.get(old.id)).criteria["tools"]["evidence"]
    old_mail = await world.outbound(request_id=old.id)
    assert all(m.data == b"" for m in old_mail if m.status == "sent")
    again = await retention_sweep(world.app.db, world.clock, world.app.settings.privacy)
    assert (again.raw_deleted, again.outbox_bodies_deleted) == (0, 0)  # idempotent


def _inbound() -> type[InboundMessage]:
    return InboundMessage


async def _values(db_file: Path) -> list[tuple[str, str, object]]:
    db = Database(f"sqlite+aiosqlite:///{db_file}")
    try:
        return await every_stored_value(db)
    finally:
        await db.close()


async def _statuses(db_file: Path) -> Tally[str]:
    return Tally(str(v) for t, c, v in await _values(db_file) if t == "endorsement_request" and c == "status")


async def _request(db_file: Path, request_id: int) -> EndorsementRequest:
    db = Database(f"sqlite+aiosqlite:///{db_file}")
    try:
        async with db.session() as session:
            request = await session.get(EndorsementRequest, request_id)
            assert request is not None
            return request
    finally:
        await db.close()


QUOTED = '"gina"@cand.example'  # the same mailbox as gina@cand.example (RFC 5321 section 4.1.2)


async def gina_with_her_local_part_quoted(world: World) -> dict[str, int]:
    """Gina asked for under the quoted spelling of her address, and answering from it."""
    request = await world.request(QUOTED)
    await world.deliver(str(FIXTURES / "gina_answers_with_her_local_part_quoted.eml"), request)
    await world.app.outbox.flush()
    return {"request": request.id or 0}


@pytest.mark.parametrize("spelling", [GINA, QUOTED])
def test_forget_erases_the_address_under_its_quoted_spelling_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    """Red-team variant (issue 10 item 14): `forget gina@cand.example` left everything held under
    '"gina"@cand.example', the same mailbox written with its local part quoted (and the other way round)."""
    prepare(tmp_path, gina_with_her_local_part_quoted)
    db_file = tmp_path / "bot.sqlite3"
    assert any('"gina"@cand.example' in str(v).lower() for _, _, v in asyncio.run(_values(db_file)))
    assert endorsebot(tmp_path, "forget", spelling, "--yes", monkeypatch=monkeypatch) == 0
    left = [(t, c) for t, c, v in asyncio.run(_values(db_file))
            if v is not None and ('"gina"@cand.example' in str(v).lower() or mentions_gina(v))]
    assert left == []


async def gina_answering_with_a_root_dot(world: World) -> dict[str, int]:
    request = await world.request(GINA)
    await world.deliver(str(FIXTURES / "gina_answers_from_her_address_with_a_root_dot.eml"), request)
    await world.app.outbox.flush()
    return {"request": request.id or 0}


def test_forget_erases_a_from_written_with_a_root_dot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Red-team variant (issue 10 item 14): a reply from "gina@cand.example." (a root dot: the same mailbox) kept
    that From as written, and `forget gina@cand.example` left it in inbound_message.from_addr."""
    prepare(tmp_path, gina_answering_with_a_root_dot)
    db_file = tmp_path / "bot.sqlite3"
    assert any(v == "gina@cand.example." for _, _, v in asyncio.run(_values(db_file)))
    assert endorsebot(tmp_path, "forget", GINA, "--yes", monkeypatch=monkeypatch) == 0
    assert [(t, c) for t, c, v in asyncio.run(_values(db_file)) if v is not None and mentions_gina(v)] == []
