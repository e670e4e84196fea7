"""How replies move a request: the inbound pipeline and the decisions it leads to."""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from tests.workflow.world import World


async def test_request_is_sent_and_its_window_starts_when_the_server_accepts_it(world: World) -> None:
    accepted_at = world.clock.now()
    request = await world.request()
    assert request.status == "sent"
    assert request.sent_at == accepted_at
    assert request.sent_at is not None and request.deadline_at is not None
    assert (request.deadline_at - request.sent_at).total_seconds() == 36 * 3600
    [mail] = [m for m in world.front.outside.get("gina@cand.example", [])]
    assert b"Auto-Submitted: auto-generated" in mail
    assert f"bot+{request.token}@bot.test".encode() in mail  # Reply-To carries the token


async def test_a_good_reply_passes_and_the_endorser_is_told(world: World) -> None:
    request = await world.request()
    row = await world.deliver("good_reply_gmail.eml", request)
    assert row.reason is None and row.kind == "reply"
    request = await world.get(request.id)
    assert request.status == "passed"
    assert request.criteria["tools"]["met"] and request.criteria["metrics"]["met"]
    outcome = await world.outbound(kind="outcome", request_id=request.id)
    assert [o.recipients for o in outcome] == [["alice@members.example"]]
    # The quoted request under the reply is never evidence.
    assert "at least 2" not in " ".join(request.criteria["tools"]["evidence"])


async def test_a_reply_matches_through_references_when_the_plus_part_is_dropped(world: World) -> None:
    request = await world.request()
    row = await world.deliver("reply_with_token_only_in_references.eml", request)
    assert row.request_id == request.id and row.reason is None
    assert (await world.get(request.id)).status == "passed"


@pytest.mark.parametrize(
    ("fixture", "reason", "status_after"),
    [
        ("reply_from_other_address.eml", Reason.WRONG_SENDER, "sent"),
        ("forged_candidate_address.eml", Reason.FORGED_SENDER, "sent"),
        ("out_of_office.eml", Reason.AUTO_REPLY, "sent"),
        ("bounce_unknown_user.eml", Reason.BOUNCE, "undeliverable"),
    ],
)
async def test_messages_that_are_not_the_candidates_answer_are_refused_by_name(
    world: World, fixture: str, reason: Reason, status_after: str
) -> None:
    request = await world.request()
    row = await world.deliver(fixture, request)
    assert row.reason == reason
    assert row.raw is not None  # kept for admins and audit
    assert (await world.get(request.id)).status == status_after


async def test_the_real_answer_after_an_auto_reply_counts(world: World) -> None:
    request = await world.request()
    before = len(await world.outbound())
    assert (await world.deliver("out_of_office.eml", request)).reason == Reason.AUTO_REPLY
    assert len(await world.outbound()) == before  # an auto-reply is never answered
    assert (await world.deliver("good_reply_gmail.eml", request)).reason is None
    assert (await world.get(request.id)).status == "passed"


async def test_a_wrong_sender_alerts_the_admins(world: World) -> None:
    request = await world.request()
    await world.deliver("reply_from_other_address.eml", request)
    alerts = await world.outbound(kind="alert")
    assert alerts and alerts[0].recipients == ["admin@admin.test"]


async def test_a_bounce_makes_the_request_undeliverable_and_tells_the_endorser(world: World) -> None:
    request = await world.request()
    await world.deliver("bounce_unknown_user.eml", request)
    told = await world.outbound(kind="undeliverable", request_id=request.id)
    assert [t.recipients for t in told] == [["alice@members.example"]]


async def test_a_reply_after_the_deadline_is_late_and_the_request_expires(world: World) -> None:
    request = await world.request()
    world.advance(hours=36, seconds=1)
    row = await world.deliver("good_reply_gmail.eml", request)
    assert row.reason == Reason.LATE
    assert (await world.get(request.id)).status == "expired"


async def test_a_reply_just_before_the_deadline_counts(world: World) -> None:
    request = await world.request()
    world.advance(hours=35, minutes=59)
    assert (await world.deliver("good_reply_gmail.eml", request)).reason is None
    assert (await world.get(request.id)).status == "passed"


async def test_several_on_time_replies_are_judged_together(world: World) -> None:
    request = await world.request("pat@cand.example")
    await world.deliver("poor_reply.eml", request)
    request = await world.get(request.id)
    assert request.status == "replied"  # incomplete, but the window is still open
    receipts = await world.outbound(kind="receipt", request_id=request.id)
    assert receipts and b"still missing" in receipts[-1].data
    await world.deliver("followup_with_missing_parts.eml", request)
    assert (await world.get(request.id)).status == "passed"


async def test_an_incomplete_answer_fails_at_the_deadline(world: World) -> None:
    request = await world.request("pat@cand.example")
    await world.deliver("poor_reply.eml", request)
    world.advance(hours=37)
    assert await world.app.workflow.expire_overdue() == 1
    request = await world.get(request.id)
    assert request.status == "failed"
    assert [a.to_status for a in await world.audit(request.id)][-2:] == ["replied", "failed"]


async def test_a_reply_to_a_closed_request_is_refused(world: World) -> None:
    request = await world.request()
    await world.deliver("good_reply_gmail.eml", request)
    row = await world.deliver("followup_with_missing_parts.eml", request, candidate=request.candidate_email)
    assert row.reason == Reason.REQUEST_CLOSED


async def test_the_same_message_fetched_twice_is_a_duplicate(world: World) -> None:
    request = await world.request()
    raw = await world.render("good_reply_gmail.eml", request)
    first = await world.deliver("", raw=raw)
    second = await world.deliver("", raw=raw)
    assert first.reason is None and second.reason == Reason.DUPLICATE


async def test_the_same_uid_handled_twice_is_one_row(world: World) -> None:
    request = await world.request()
    first = await world.deliver("good_reply_gmail.eml", request, uid=77)
    again = await world.deliver("good_reply_gmail.eml", request, uid=77)
    assert again.id == first.id


async def test_a_reply_to_nothing_is_kept_for_admins(world: World) -> None:
    row = await world.deliver("reply_to_nothing.eml", None)
    assert row.reason == Reason.NO_MATCHING_REQUEST and row.raw is not None


async def test_malformed_mime_is_kept_and_never_passes(world: World) -> None:
    request = await world.request()
    row = await world.deliver("malformed_mime.eml", request)
    assert row.id is not None and row.raw is not None
    assert (await world.get(request.id)).status != "passed"


async def test_a_huge_attachment_is_handled(world: World) -> None:
    request = await world.request()
    good = await world.render("good_reply_gmail.eml", request)
    head, _, body = good.partition(b"\r\n\r\n")
    head = head.replace(b'Content-Type: text/plain; charset="UTF-8"',
                        b'Content-Type: multipart/mixed; boundary="b1"')
    blob = (b"QUFBQUFB" * 76 + b"\r\n") * (25 * 1024 * 1024 // 610)
    raw = (head + b"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
           + b"\r\n--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
           b"Content-Disposition: attachment; filename=cv.pdf\r\n\r\n" + blob + b"\r\n--b1--\r\n")
    assert len(raw) > 25 * 1024 * 1024
    row = await world.deliver("", raw=raw)
    assert row.reason is None
    assert (await world.get(request.id)).status == "passed"


async def test_an_unexpected_error_quarantines_the_message_and_alerts(world: World) -> None:
    request = await world.request()

    async def explode(ctx: object) -> None:
        raise RuntimeError("disk on fire")

    world.app.processor.stages = (explode,)
    row = await world.deliver("good_reply_gmail.eml", request)
    assert row.reason == Reason.QUARANTINED and "disk on fire" in row.reason_detail
    assert row.raw is not None
    assert (await world.get(request.id)).status == "sent"
    assert await world.outbound(kind="alert")


async def test_a_reminder_goes_out_once_twelve_hours_before_the_deadline(world: World) -> None:
    request = await world.request()
    world.advance(hours=23, minutes=59)
    assert await world.app.workflow.send_due_reminders() == 0
    world.advance(minutes=1)
    assert await world.app.workflow.send_due_reminders() == 1
    assert await world.app.workflow.send_due_reminders() == 0  # a second sweep finds nothing to do
    await world.app.outbox.flush()
    [reminder] = await world.outbound(kind="reminder")
    assert reminder.status == "sent" and reminder.recipients == [request.candidate_email]
    assert b"In-Reply-To: <request." in reminder.data  # threads under the request in the candidate's inbox
    assert (await world.get(request.id)).status == "reminded"


async def test_a_reply_after_a_reminder_still_counts(world: World) -> None:
    request = await world.request()
    world.advance(hours=25)
    await world.app.workflow.send_due_reminders()
    await world.deliver("good_reply_gmail.eml", request)
    assert (await world.get(request.id)).status == "passed"
