"""`endorsebot review` and `endorsebot digest --preview`: the same decisions and view from a terminal."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.db.engine import Database
from bot.db.models import AuditEntry, EndorsementRequest
from tests.admin.cli_world import endorsebot, prepare
from tests.admin.helpers import needs_review
from tests.admin.seed import seed_activity
from tests.workflow.world import World


async def _load(tmp_path: Path, request_id: int) -> tuple[EndorsementRequest, list[AuditEntry]]:
    from sqlmodel import col, select

    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    try:
        async with db.session() as session:
            request = await session.get(EndorsementRequest, request_id)
            audit = list(await session.scalars(select(AuditEntry).where(col(AuditEntry.request_id) == request_id)))
        assert request is not None
        return request, audit
    finally:
        await db.close()


def load(tmp_path: Path, request_id: int) -> tuple[EndorsementRequest, list[AuditEntry]]:
    return asyncio.run(_load(tmp_path, request_id))


def test_review_list_then_reject_with_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    request = prepare(tmp_path, needs_review)
    assert endorsebot(tmp_path, "review", "list", monkeypatch=monkeypatch) == 0
    assert f"#{request.id}  gina@cand.example" in capsys.readouterr().out
    assert endorsebot(tmp_path, "review", "reject", str(request.id), "--reason", "steers the grader",
                      monkeypatch=monkeypatch) == 0
    after, audit = load(tmp_path, request.id)
    assert after.status == "failed"
    assert any(a.actor == "cli" and a.action == "review:reject" and a.reason == "steers the grader" for a in audit)


def test_review_approve_twice_is_refused_the_second_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    request = prepare(tmp_path, needs_review)
    assert endorsebot(tmp_path, "review", "approve", str(request.id), monkeypatch=monkeypatch) == 0
    assert endorsebot(tmp_path, "review", "approve", str(request.id), monkeypatch=monkeypatch) == 1
    assert "is passed, not waiting for review" in capsys.readouterr().err


def test_review_extend_and_resend_an_open_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async def open_request(world: World) -> EndorsementRequest:
        return await world.request()

    request = prepare(tmp_path, open_request)
    assert endorsebot(tmp_path, "review", "extend", str(request.id), "2d", monkeypatch=monkeypatch) == 0
    assert endorsebot(tmp_path, "review", "resend", str(request.id), monkeypatch=monkeypatch) == 0
    after, audit = load(tmp_path, request.id)
    assert (after.deadline_at - request.deadline_at).total_seconds() == 48 * 3600
    assert [a.action for a in audit if a.action.startswith("review:")] == ["review:extend", "review:resend"]


def test_review_extend_refuses_an_unreadable_duration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request = prepare(tmp_path, needs_review)
    assert endorsebot(tmp_path, "review", "extend", str(request.id), "soon", monkeypatch=monkeypatch) == 2


def test_digest_preview_renders_text_and_writes_the_html_without_sending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prepare(tmp_path, seed_activity)
    html = tmp_path / "digest.html"
    assert endorsebot(tmp_path, "digest", "--preview", "--output", str(html), monkeypatch=monkeypatch) == 0
    out = capsys.readouterr().out
    assert out.startswith("Subject: [endorsebot digest]") and "NEEDS YOUR DECISION (1)" in out
    assert "<svg" in html.read_text() and 'name="viewport"' in html.read_text()
    assert endorsebot(tmp_path, "digest", "--send", monkeypatch=monkeypatch) == 0
    assert "queued the digest for 2 admin(s)" in capsys.readouterr().out


def test_review_extend_reopens_an_expired_request_from_now(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12 item 4: the candidate's answer may have waited where the bot could not read it; an admin
    can open an expired request again, through the status table and audited."""
    from datetime import timedelta

    async def expired_request(world: World) -> EndorsementRequest:
        now = world.clock.now()
        world.clock.set(now - timedelta(hours=40))
        request = await world.request()
        world.clock.set(now)
        assert await world.app.workflow.expire_overdue() == 1
        return await world.get(request.id)

    request = prepare(tmp_path, expired_request)
    assert request.status == "expired"
    assert endorsebot(tmp_path, "review", "extend", str(request.id), "12h", monkeypatch=monkeypatch) == 0
    assert "reopened" in capsys.readouterr().out
    after, audit = load(tmp_path, request.id)
    assert after.status == "sent" and "expired" not in after.reasons
    # 12 h from the extend, not from the old deadline (4 h ago): that would leave 8 h.
    assert after.deadline_at is not None and after.deadline_at - request.deadline_at > timedelta(hours=15)
    assert [(a.from_status, a.to_status) for a in audit if a.to_status == "sent"][-1] == ("expired", "sent")
    assert [a.action for a in audit if a.action.startswith("review:")] == ["review:extend"]
