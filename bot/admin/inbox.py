"""The inbound stage for admin commands mailed to a signed reply address (``bot+adm-KID-MAC@domain``).

A command acts only when all three hold: the sender is in ``[admins]``, the address it was sent to is
the one we signed for that sender, and our MTA says the mail passed authentication (RFC 8601; with
``[admins] require_authentication`` an "unknown" result is not enough). Anything else is refused by
name and changes nothing. The admin gets a confirmation of what was done, or why not; strangers get
no answer, so the address cannot be used to make the bot mail anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.admin.commands import Parsed, parse_commands
from bot.admin.mailer import is_admin, queue_admin_mail
from bot.admin.review import Decision, Review
from bot.admin.signing import AddressCheck, check_admin_address, find_admin_address
from bot.domain.reasons import Reason, Rejection
from bot.inbound.auth import AuthVerdict, sender_authentication

if TYPE_CHECKING:
    from bot.inbound.pipeline import Context


async def handle_admin_command(ctx: Context) -> None:
    settings, mail = ctx.settings, ctx.mail
    signed = find_admin_address(mail.recipient_addrs, settings.bot.address)
    from_admin = is_admin(settings, mail.from_addr)
    if signed is None:
        # An admin writing "approve 12" to the plain address: refuse by name, and tell them how.
        if from_admin and parse_commands(mail.reply_text).commands:
            await _refuse(ctx, Reason.ADMIN_UNSIGNED, "reply to an alert or digest: only its signed reply "
                                                      "address accepts commands")
        return
    ctx.row.kind = "admin_command"
    if not from_admin:
        raise Rejection(Reason.ADMIN_NOT_AUTHORIZED, mail.from_addr)
    check = check_admin_address(signed, mail.from_addr, (settings.bot.secret,))
    if check is not AddressCheck.VALID:
        await _refuse(ctx, Reason.ADMIN_BAD_SIGNATURE, f"the reply address is not valid for you ({check}); "
                                                       "reply to an alert or digest you received")
    verdict = sender_authentication(mail, settings.security.trusted_authserv_ids)
    if verdict is AuthVerdict.FAIL or (settings.admins.require_authentication and verdict is not AuthVerdict.PASS):
        await _refuse(ctx, Reason.ADMIN_NOT_AUTHENTICATED, f"your mail did not pass authentication ({verdict})")
    parsed = parse_commands(mail.reply_text)
    review = Review(ctx.workflow)
    decisions = [await review.apply(ctx.session, c, admin=mail.from_addr, via="email") for c in parsed.commands]
    await _confirm(ctx, parsed, decisions, refused="")
    ctx.done = True


async def _refuse(ctx: Context, reason: Reason, why: str) -> None:
    """Tell the admin (never a stranger) why nothing was done, then stop with the named reason."""
    await _confirm(ctx, parse_commands(ctx.mail.reply_text), [], refused=why)
    raise Rejection(reason, f"{ctx.mail.from_addr}: {why}"[:500])


async def _confirm(ctx: Context, parsed: Parsed, decisions: list[Decision], *, refused: str) -> None:
    workflow = ctx.workflow
    await queue_admin_mail(
        ctx.session, composer=workflow.notifier.composer, settings=ctx.settings, kind="confirmation",
        context={"decisions": decisions, "misunderstood": parsed.misunderstood, "refused": refused,
                 "subject": ctx.mail.subject, "requested": parsed.commands},
        admin=ctx.mail.from_addr, now=workflow.clock.now(), dedupe_key=f"confirmation:{ctx.row.id}",
        in_reply_to=ctx.mail.message_id)
