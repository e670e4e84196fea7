"""The inbound stage for admin commands mailed to a signed reply address (``bot+adm-KID-MAC@domain``).

A command acts only when all three hold: the sender is in ``[admins]``, the address it was sent to is
the one we signed for that sender, and the sender is proven (bot.inbound.auth: an aligned pass from a
trusted MTA, or a DKIM signature we verify). With ``[admins] require_authentication`` (the default) mail
without that proof is not refused outright: its commands wait, and the admin's own mailbox gets a
one-time confirmation address (``bot+acf-<inbound id>-<mac>``); answering it applies them. A forger
who knows an admin's address and a signed address still cannot read the admin's mailbox.
Anything else is refused by name and changes nothing. The admin gets a confirmation of what was done,
or why not; strangers get no answer, so the address cannot be used to make the bot mail anyone.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, NoReturn

from bot.admin.command_grammar import Command, Parsed, parse_commands
from bot.admin.mailer import is_admin, queue_admin_mail
from bot.admin.review import Decision, Review
from bot.admin.signing import (
    AddressCheck,
    AdminAddress,
    admin_confirmation_address,
    check_admin_address,
    check_admin_confirmation,
    find_admin_address,
    find_admin_confirmation,
)
from bot.clock import utc
from bot.db.models import InboundMessage
from bot.domain.reasons import Reason, Rejection
from bot.inbound.auth import AuthVerdict, authenticate_sender
from bot.inbound.confirmation import says_yes
from bot.outbound.compose import one_line

if TYPE_CHECKING:
    from bot.inbound.pipeline import Context


async def handle_admin_command(ctx: Context) -> None:
    settings, mail = ctx.settings, ctx.mail
    if find_admin_confirmation(mail.recipient_addrs, settings.bot.address) is not None:
        await _handle_confirmation(ctx)
        return
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
    check = check_admin_address(signed, mail.from_addr, (settings.bot.secret,), ctx.workflow.clock.now())
    if check is AddressCheck.EXPIRED:
        await _refuse(ctx, Reason.ADMIN_BAD_SIGNATURE, "the reply address has expired; reply to a recent alert or "
                                                       "digest")
    if check is not AddressCheck.VALID:
        await _refuse(ctx, Reason.ADMIN_BAD_SIGNATURE, f"the reply address is not valid for you ({check}); "
                                                       "reply to an alert or digest you received")
    auth = await authenticate_sender(mail, ctx.row.raw or b"", settings.security)
    if auth.verdict is AuthVerdict.FAIL:
        await _refuse(ctx, Reason.ADMIN_NOT_AUTHENTICATED, f"your mail did not pass authentication ({auth.verdict})")
    parsed = parse_commands(mail.reply_text)
    if settings.admins.require_authentication and auth.verdict is not AuthVerdict.PASS:
        await _ask_to_confirm(ctx, parsed, auth.detail, signed)
    await _apply(ctx, parsed, signed.request_id, signed.tag)


async def _apply(ctx: Context, parsed: Parsed, scope: int, tag: str) -> None:
    """Apply the commands that this signed address (bound to request ``scope``, 0 = any) may give."""
    review = Review(ctx.workflow)
    decisions = []
    for command in parsed.commands:
        refused = await _out_of_scope(ctx, command, scope, tag)
        decisions.append(Decision(command, False, refused) if refused else
                         await review.apply(ctx.session, command, admin=ctx.mail.from_addr, via="email", address=tag))
    await _confirm(ctx, parsed, decisions, refused="")
    ctx.done = True


async def _out_of_scope(ctx: Context, command: Command, scope: int, tag: str) -> str:
    """Why ``command`` may not act through this address, or "" when it may.

    An alert's address is bound to its request; and a command already applied through the same address is
    not applied again, so a captured email re-sent with a fresh Message-ID cannot extend a deadline forever
    or mail a candidate over and over."""
    if scope and command.request_id != scope:
        return (f"this reply address is for request #{scope} only; reply to an alert or digest "
                f"about #{command.request_id}")
    if tag and await Review.already_applied(ctx.session, command, address=tag):
        return "already done by an earlier email through this reply address; nothing done again"
    return ""


async def _ask_to_confirm(ctx: Context, parsed: Parsed, why: str, signed: AdminAddress) -> None:
    """Hold the commands; the admin's own mailbox gets the one-time address that applies them."""
    if not parsed.commands:
        await _confirm(ctx, parsed, [], refused="")
        raise Rejection(Reason.ADMIN_AWAITING_CONFIRMATION, "no commands to confirm")
    assert ctx.row.id is not None
    address = admin_confirmation_address(ctx.settings.bot.address, ctx.row.id, ctx.mail.from_addr,
                                         ctx.settings.bot.secret)
    hours = ctx.settings.security.confirmation_valid_hours
    await _confirm(ctx, parsed, [], refused="", confirm_to=address,
                   note=f"your mail server did not prove this email came from you, so nothing is done yet. "
                        f"Reply YES to this email within {hours:g} hours to apply these commands; if you did not "
                        f"send them, reply NO or ignore this email")
    # The held row keeps which signed address it came through, so the scope and replay checks still apply.
    raise Rejection(Reason.ADMIN_AWAITING_CONFIRMATION, f"{_SIGNED_MARK}{signed.request_id}:{signed.tag} "
                                                        f"{ctx.mail.from_addr}: {why}"[:500])


_SIGNED_MARK = "via address "


def _held_address(detail: str) -> tuple[int, str]:
    """The scope and tag of the signed address a held message came through (see _ask_to_confirm)."""
    scope, _, rest = detail.removeprefix(_SIGNED_MARK).partition(":")
    tag = rest.split(" ", 1)[0]
    # A held row always has the mark; should it not, the narrowest scope: no request at all.
    return (int(scope), tag) if detail.startswith(_SIGNED_MARK) and scope.isdigit() and tag else (-1, "")


async def _handle_confirmation(ctx: Context) -> None:
    """The admin answered the one-time address: apply the held commands, once."""
    settings, mail = ctx.settings, ctx.mail
    found = find_admin_confirmation(mail.recipient_addrs, settings.bot.address)
    assert found is not None
    ctx.row.kind = "admin_command"
    if not is_admin(settings, mail.from_addr):
        raise Rejection(Reason.ADMIN_NOT_AUTHORIZED, mail.from_addr)
    if not check_admin_confirmation(found, mail.from_addr, settings.bot.secret):
        await _refuse(ctx, Reason.ADMIN_BAD_SIGNATURE, "the confirmation address is not valid for you")
    held = await ctx.session.get(InboundMessage, found.inbound_id)
    if held is None or held.reason != Reason.ADMIN_AWAITING_CONFIRMATION or held.from_addr != mail.from_addr:
        await _refuse(ctx, Reason.CONFIRMATION_USED, "these commands were already confirmed")
    lapse = utc(held.received_at) + timedelta(hours=settings.security.confirmation_valid_hours)
    if utc(ctx.row.received_at) > lapse:
        await _refuse(ctx, Reason.CONFIRMATION_EXPIRED, "the confirmation lapsed: send the commands again")
    if not says_yes(mail.reply_text):
        # "I never sent that, do not approve anything" must not apply the commands it refuses (issue 10 item 4,
        # red-team variant); they stay held, so a yes may still follow.
        await _refuse(ctx, Reason.CONFIRMATION_NOT_YES, "your answer did not say yes, so the commands still wait; "
                                                        "reply YES to the confirmation email to apply them")
    scope, tag = _held_address(held.reason_detail)
    held.reason, held.reason_detail = None, f"confirmed by inbound {ctx.row.id}"
    await _apply(ctx, parse_commands(held.reply_text), scope, tag)


async def _refuse(ctx: Context, reason: Reason, why: str) -> NoReturn:
    """Tell the admin (never a stranger) why nothing was done, then stop with the named reason."""
    await _confirm(ctx, parse_commands(ctx.mail.reply_text), [], refused=why)
    raise Rejection(reason, f"{ctx.mail.from_addr}: {why}"[:500])


async def _confirm(ctx: Context, parsed: Parsed, decisions: list[Decision], *, refused: str,
                   confirm_to: str | None = None, note: str = "") -> None:
    workflow = ctx.workflow
    await queue_admin_mail(
        ctx.session, composer=workflow.notifier.composer, settings=ctx.settings, kind="confirmation",
        context={"decisions": decisions, "misunderstood": parsed.misunderstood, "refused": refused or note,
                 "subject": one_line(ctx.mail.subject), "requested": parsed.commands, "awaiting": bool(confirm_to)},
        admin=ctx.mail.from_addr, now=workflow.clock.now(), dedupe_key=f"confirmation:{ctx.row.id}",
        in_reply_to=ctx.mail.message_id, reply_to=confirm_to)
