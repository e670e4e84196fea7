"""Alerts and outcome mails offer only what the request's state allows, and never contradict the verdict."""

from __future__ import annotations

from bot.admin.command_grammar import Action, Command
from bot.admin.review import Review
from tests.admin.helpers import ADMIN, body, needs_review
from tests.workflow.world import World


async def _mail_to_admin(world: World, kind: str) -> str:
    [row] = [r for r in await world.outbound(kind="alert") if r.recipients == [ADMIN] and kind in r.subject]
    return body(row)


async def test_an_undeliverable_request_alert_offers_no_extend_or_resend(world: World) -> None:
    request = await world.request("nobody@reject.test")
    assert (await world.get(request.id)).status == "undeliverable"

    text = await _mail_to_admin(world, "undeliverable")

    assert "extend" not in text and "resend" not in text and "approve" not in text
    assert f"Request #{request.id} is undeliverable: there is nothing to decide" in text


async def test_a_review_alert_offers_approve_and_reject_only(world: World) -> None:
    request = await needs_review(world)

    text = await _mail_to_admin(world, "needs review")

    assert f"approve {request.id}" in text and f"reject {request.id}" in text
    assert "extend" not in text and "resend" not in text


async def test_a_reply_from_someone_else_on_an_open_request_offers_extend_and_resend(world: World) -> None:
    request = await world.request()
    await world.deliver("reply_from_other_address.eml", request)

    text = await _mail_to_admin(world, "wrong sender")

    assert f"extend {request.id} 12h" in text and f"resend {request.id}" in text and "approve" not in text


async def test_an_alert_about_an_expired_request_offers_extend_which_reopens_it(world: World) -> None:
    """`review extend` reopens an expired request (issue 12 item 4), so its alert offers exactly that."""
    request = await world.request()
    world.advance(hours=37)
    assert await world.app.workflow.expire_overdue() == 1
    await world.deliver("reply_from_other_address.eml", request)

    text = await _mail_to_admin(world, "wrong sender")

    assert f"extend {request.id} 12h" in text and "opens it again" in text
    assert "resend" not in text and "approve" not in text and "nothing to decide" not in text
    await _decide(world, Command(Action.EXTEND, request.id or 0, hours=12))  # and what it offers applies
    assert (await world.get(request.id)).status == "sent"


async def test_an_alert_about_an_open_request_past_its_deadline_offers_extend_only(world: World) -> None:
    """Past the deadline the expiry is due: resend would be refused, extend applies (now or once expired)."""
    request = await world.request()
    world.advance(hours=36, minutes=1)
    await world.deliver("reply_from_other_address.eml", request)

    text = await _mail_to_admin(world, "wrong sender")

    assert f"extend {request.id} 12h" in text and "resend" not in text


async def _decide(world: World, command: Command) -> None:
    async with world.app.db.session() as session:
        decision = await Review(world.app.workflow).apply(session, command, admin="cli", via="cli")
        assert decision.applied, decision.message
        await session.commit()


async def test_an_approved_outcome_never_lists_a_missing_criterion_or_the_admins_note(world: World) -> None:
    request = await needs_review(world)
    await _decide(world, Command(Action.APPROVE, request.id or 0, text="internal: looked fine to me"))

    [outcome] = await world.outbound(kind="outcome", request_id=request.id)
    text = body(outcome)

    assert "PASSED" in text and "An admin reviewed the answer and approved it." in text
    assert "missing" not in text and "internal: looked fine to me" not in text


async def test_a_rejected_outcome_gives_the_reason_the_endorser_is_meant_to_read(world: World) -> None:
    request = await needs_review(world)
    await _decide(world, Command(Action.REJECT, request.id or 0, text="the answer was copied from a blog"))

    [outcome] = await world.outbound(kind="outcome", request_id=request.id)
    text = body(outcome)

    assert "FAILED" in text and "did not approve it: the answer was copied from a blog" in text
    assert "rejected by" not in text
