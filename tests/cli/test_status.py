"""`endorsebot status ID`: everything an admin needs to see why a request is where it is."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from bot.db.engine import Database
from bot.db.models import InboundMessage
from tests.cli.conftest import CANDIDATE, ENDORSER, Cli


def add_inbound(db_path: Path, request_id: int, *, reason: str | None, sender: str) -> None:
    """An inbound message row as the pipeline would have stored it."""

    async def insert() -> None:
        db = Database(f"sqlite+aiosqlite:///{db_path}")
        async with db.session() as session:
            session.add(InboundMessage(
                mailbox="INBOX", uidvalidity=7, uid=101, message_id="<r1@elsewhere.example>",
                content_sha256="0" * 64, received_at=datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
                from_addr=sender, subject="Re: skills check", kind="reply", reason=reason,
                reason_detail="expected gina@cand.example" if reason else "", request_id=request_id,
                handled_at=datetime(2026, 1, 5, 10, 0, 1, tzinfo=UTC)))
            await session.commit()
        await db.close()

    asyncio.run(insert())


def test_json_has_the_outcome_fields_and_the_history(cli: Cli, new_request) -> None:
    request_id = new_request()

    status = cli("status", str(request_id), "--format", "json").json()

    assert {"id", "status", "reasons", "criteria", "endorser", "candidate", "sent_at", "deadline_at",
            "decided_at", "audit", "inbound"} <= set(status)
    assert status["id"] == request_id
    assert status["status"] == "requested"
    assert status["reasons"] == [] and status["criteria"] == {}
    assert status["endorser"]["email"] == ENDORSER and status["candidate"]["email"] == CANDIDATE
    assert status["audit"] == [] and status["inbound"] == []


def test_json_lists_inbound_messages_with_their_reasons(cli: Cli, new_request, db_path: Path) -> None:
    request_id = new_request()
    add_inbound(db_path, request_id, reason="wrong_sender", sender="someone@else.example")

    [message] = cli("status", str(request_id), "--format", "json").json()["inbound"]

    assert message["from"] == "someone@else.example"
    assert message["accepted"] is False
    assert message["reason"] == "wrong_sender"
    assert message["reason_detail"] == "expected gina@cand.example"
    assert message["received_at"] == "2026-01-05T10:00:00+00:00"


def test_text_shows_the_request_the_audit_trail_and_inbound_messages(cli: Cli, new_request, db_path: Path) -> None:
    request_id = new_request()
    add_inbound(db_path, request_id, reason="wrong_sender", sender="someone@else.example")
    cli("withdraw", str(request_id), "--reason", "endorser changed their mind")

    text = cli("status", str(request_id)).out

    assert f"request {request_id}: withdrawn" in text
    assert "candidate: gina@cand.example" in text
    assert "endorser changed their mind" in text
    assert "someone@else.example" in text and "wrong_sender" in text


def test_an_unknown_id_is_a_clear_error(cli: Cli) -> None:
    cli("migrate")
    result = cli("status", "42")

    assert result.code == 1
    assert "no request with id 42" in result.err
