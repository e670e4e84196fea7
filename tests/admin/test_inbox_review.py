"""Review from the inbox: an admin answers an alert or digest with commands, through the signed address."""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from tests.admin.helpers import ADMIN, OTHER_ADMIN, admin_mail, body, needs_review, parse, signed_for
from tests.workflow.world import World


async def test_the_needs_review_alert_carries_the_admins_own_signed_reply_address(world: World) -> None:
    request = await needs_review(world)
    alerts = [r for r in await world.outbound(kind="alert") if "needs review" in r.subject]
    assert sorted(r.recipients[0] for r in alerts) == [ADMIN, OTHER_ADMIN]  # one copy each
    for row in alerts:
        admin = row.recipients[0]
        assert signed_for(world, str(parse(row)["Reply-To"]), admin, request_id=request.id or 0)
        assert f"approve {request.id}" in body(row) and f"reject {request.id}" in body(row)


async def test_an_admin_approves_by_email_and_the_endorser_gets_the_outcome(world: World) -> None:
    request = await needs_review(world)
    row = await admin_mail(world, "admin_approves_from_gmail.eml", request)
    assert row.reason is None and row.kind == "admin_command"
    assert (await world.get(request.id)).status == "passed"
    [outcome] = await world.outbound(kind="outcome", request_id=request.id)
    assert outcome.recipients == ["alice@members.example"]
    audit = await world.audit(request.id)
    decision = [a for a in audit if a.action == "status" and a.to_status == "passed"]
    assert decision[0].actor == f"admin:{ADMIN}"
    assert "answers are clearly her own" in decision[0].reason
    assert any(a.action == "review:approve" and a.detail["via"] == "email" for a in audit)


async def test_quoted_commands_in_the_admins_reply_are_never_obeyed(world: World) -> None:
    # The fixture quotes the alert's "reject ID <reason>" line below the admin's own "approve ID".
    request = await needs_review(world)
    await admin_mail(world, "admin_approves_from_gmail.eml", request)
    [confirmation] = await world.outbound(kind="confirmation")
    assert body(confirmation).count("DONE") == 1 and "reject" not in body(confirmation).lower().split("done")[1]


async def test_the_admin_gets_a_confirmation_of_what_was_done(world: World) -> None:
    request = await needs_review(world)
    await admin_mail(world, "admin_rejects_with_reason.eml", request)
    assert (await world.get(request.id)).status == "failed"
    [confirmation] = await world.outbound(kind="confirmation")
    assert confirmation.recipients == [ADMIN]
    assert signed_for(world, str(parse(confirmation)["Reply-To"]), ADMIN)
    assert f"DONE     reject {request.id}" in body(confirmation)
    [outcome] = await world.outbound(kind="outcome", request_id=request.id)
    assert "the reply asks the grader to pass it" in body(outcome)


async def test_several_commands_in_one_email_each_get_an_answer(world: World) -> None:
    request = await world.request()
    deadline = request.deadline_at
    await admin_mail(world, "admin_sends_several_commands.eml", request)
    request = await world.get(request.id)
    assert request.deadline_at is not None and deadline is not None
    assert (request.deadline_at - deadline).total_seconds() == 12 * 3600
    assert request.status == "sent"  # extending is not a status change
    requests_sent = await world.outbound(kind="request", request_id=request.id)
    assert len(requests_sent) == 2  # the resend is a new email, not a duplicate of the first
    text = body((await world.outbound(kind="confirmation"))[0])
    assert f"DONE     extend {request.id}" in text and f"DONE     resend {request.id}" in text
    assert f"NOT DONE  approve {request.id}" in text and "not waiting for review" in text
    assert 'NOT UNDERSTOOD  "extend' in text
    actions = [a.action for a in await world.audit(request.id)]
    assert "review:extend" in actions and "review:resend" in actions


@pytest.mark.parametrize(
    ("fixture", "reason", "admin_told"),
    [
        ("admin_writes_to_the_plain_bot_address.eml", Reason.ADMIN_UNSIGNED, True),
        ("admin_uses_a_forged_signature.eml", Reason.ADMIN_BAD_SIGNATURE, True),
        ("admin_uses_another_admins_address.eml", Reason.ADMIN_BAD_SIGNATURE, True),
        ("stranger_writes_to_an_admin_address.eml", Reason.ADMIN_NOT_AUTHORIZED, False),
        ("admin_mail_fails_dmarc.eml", Reason.ADMIN_NOT_AUTHENTICATED, True),
        ("admin_mail_without_authentication_results.eml", Reason.ADMIN_AWAITING_CONFIRMATION, True),
    ],
)
async def test_commands_that_do_not_prove_who_sent_them_are_refused_by_name(
    world: World, fixture: str, reason: Reason, admin_told: bool
) -> None:
    request = await needs_review(world)
    row = await admin_mail(world, fixture, request)
    assert row.reason == reason
    assert (await world.get(request.id)).status == "needs_review"
    assert not [a for a in await world.audit(request.id) if a.action.startswith("review:")]
    confirmations = await world.outbound(kind="confirmation")
    # A stranger never gets mail from us; an admin (or whoever forged their address) learns nothing was done.
    assert [c.recipients for c in confirmations] == ([[row.from_addr]] if admin_told else [])
    if admin_told:
        assert "NOTHING was done" in body(confirmations[0])


async def test_an_expired_request_extended_by_mail_is_open_again(world: World) -> None:
    """Issue 12 item 4: an admin can reopen a request that expired (e.g. while an answer waited)."""
    request = await world.request()
    world.advance(hours=37)
    await world.app.workflow.expire_overdue()
    await admin_mail(world, "admin_sends_several_commands.eml", request)
    assert (await world.get(request.id)).status == "sent"
    text = body((await world.outbound(kind="confirmation"))[0])
    assert f"request #{request.id} reopened: the candidate may answer until" in text
