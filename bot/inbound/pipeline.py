"""The inbound pipeline as data: an ordered tuple of small stages, each refusing with a named reason.

A stage either returns (the message goes on) or raises ``Rejection(Reason.X)``. A message that
passes every stage is an on-time reply from the candidate to an open request, and is judged.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, or_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col, select

from bot.clock import utc
from bot.db import counters
from bot.db.models import AuditEntry, Counter, EndorsementRequest, InboundMessage, Member, OutboundMessage
from bot.domain.names import shown
from bot.domain.reasons import Reason, Rejection
from bot.domain.status import AWAITING_REPLY, Status
from bot.inbound import confirmation, limits
from bot.inbound.auth import (
    MAX_SIGNATURES_READ,
    AuthVerdict,
    authenticate_sender,
    envelope_sender,
    organizational_domain,
    read_results,
    sender_authentication,
    signature_tags,
    stale_signature,
)
from bot.mail.diagnostic import bounce_diagnostic
from bot.mail.message import MailKind, ParsedMail
from bot.outbound import addresses
from bot.outbound.outbox import enqueue
from bot.settings import Settings
from bot.workflow.notify import TOKENED_KINDS, Notifier
from bot.workflow.service import RequestError, UnprintableName, Workflow


@dataclass
class Context:
    mail: ParsedMail
    row: InboundMessage
    session: AsyncSession
    settings: Settings
    workflow: Workflow
    request: EndorsementRequest | None = None
    # Set by a stage that finished the message's business (e.g. created a request by email).
    done: bool = False
    notes: list[str] = field(default_factory=list)
    # Hourly budgets (bot/inbound/limits.py) this message counts against, counted after its commit.
    budgets: list[str] = field(default_factory=list)


Stage = Callable[[Context], Awaitable[None]]


async def refuse_unparseable(ctx: Context) -> None:
    if ctx.mail.error and not ctx.mail.from_addr:
        await refuse_flooding_sender(ctx)
        raise Rejection(Reason.UNPARSEABLE, ctx.mail.error)


async def refuse_forged_from(ctx: Context) -> None:
    """Two From headers, several mailboxes, or an RFC 2047-encoded address: decided by the parser. Such mail has
    no sender, and shares one sender's allowance: past it, it is kept without its bytes like any flood (issue 10
    item 15, red-team variant: each forged From kept its raw bytes, and no budget counted it)."""
    if ctx.mail.refusal is not None:
        await refuse_flooding_sender(ctx)
        raise Rejection(ctx.mail.refusal, ctx.mail.refusal_detail)


async def refuse_flooding_sender(ctx: Context) -> None:
    """A sender over its hourly allowance: the row stays (nothing is lost from the record), its raw bytes and
    text do not, and no later stage (judge, LLM, outbox) runs for it."""
    limit = ctx.settings.security.max_inbound_per_sender_per_hour
    since = ctx.workflow.clock.now() - timedelta(hours=1)
    count = await ctx.session.scalar(
        select(func.count()).select_from(InboundMessage)
        .where(col(InboundMessage.from_addr) == ctx.row.from_addr)
        .where(col(InboundMessage.handled_at) >= since)
        .where(col(InboundMessage.id) != ctx.row.id))
    if int(count or 0) >= limit:
        ctx.row.raw, ctx.row.reply_text = None, ""
        raise Rejection(Reason.SENDER_FLOODING, f"more than {limit} messages in an hour")


async def refuse_over_budget(ctx: Context) -> None:
    """The limits a sender cannot escape by changing its address (bot/inbound/limits.py): replies per
    request, messages per organizational domain and for the whole bot per hour."""
    security, now = ctx.settings.security, ctx.workflow.clock.now()
    request = await request_by_token(ctx)
    if request is not None and request.id is not None:
        # A candidate's answer is never shut out by strangers' floods: it is counted for its request only.
        ctx.row.request_id = request.id
        if await limits.for_request(ctx.session, request.id, ctx.row.id) >= security.max_inbound_per_request:
            _drop_flood_bytes(ctx)
            raise Rejection(Reason.REQUEST_FLOODING,
                            f"request {request.id}: more than {security.max_inbound_per_request} messages")
        return
    if ctx.mail.from_addr in {addresses.normalize(a) for a in ctx.settings.admins.addresses}:
        # An admin can act during a flood (one address: the per-sender allowance still holds). The address as
        # written, not with its root dots dropped: "admin@x.", "admin@x..", ... are senders of their own to the
        # per-sender allowance, and each was exempt here (red team: a flood forging the admin past every budget).
        return
    if await limits.in_last_hour(ctx.session, limits.GLOBAL, now) >= security.max_inbound_per_hour:
        _drop_flood_bytes(ctx)
        await _alert_budget_once(ctx, now)
        raise Rejection(Reason.INBOUND_BUDGET, f"more than {security.max_inbound_per_hour} messages in an hour")
    domain = organizational_domain(addresses.split(ctx.mail.from_addr)[1]) if "@" in ctx.mail.from_addr else ""
    if domain and await limits.in_last_hour(ctx.session, limits.domain_budget(domain), now) >= (
            security.max_inbound_per_domain_per_hour):
        _drop_flood_bytes(ctx)
        raise Rejection(Reason.DOMAIN_FLOODING,
                        f"{domain}: more than {security.max_inbound_per_domain_per_hour} messages in an hour")
    # Counted once the message is committed, in a transaction of its own (bot/inbound/processor.py): a
    # counter row every message touches must not stay locked while a reply is judged.
    ctx.budgets += [limits.GLOBAL, limits.domain_budget(domain)] if domain else [limits.GLOBAL]


def _drop_flood_bytes(ctx: Context) -> None:
    """Over a budget, a message is kept as a row (and in the mailbox) but not as bytes on our disk."""
    ctx.row.raw, ctx.row.reply_text = None, ""


async def _alert_budget_once(ctx: Context, now: datetime) -> None:
    """The first message over the bot's hourly budget alerts the admins; the rest only count."""
    if await limits.in_last_hour(ctx.session, limits.BUDGET_ALERTS, now) >= 1:
        return
    await limits.count(ctx.session, limits.BUDGET_ALERTS, now)
    await ctx.workflow.alerts.raise_alert(
        ctx.session, kind="inbound_budget", now=now, inbound_id=ctx.row.id,
        summary=f"more than {ctx.settings.security.max_inbound_per_hour} messages in an hour: "
                "the rest of this hour's mail from strangers is recorded, not handled")


async def handle_bounce(ctx: Context) -> None:
    """RFC 3464 reports and servers' own formats (the parser decides the kind, bounce first)."""
    if ctx.mail.kind is not MailKind.BOUNCE:
        return
    request = await request_by_token(ctx) or await _request_by_returned_message_id(ctx)
    if request is None:
        await _refuse_unverified_bounce(ctx)
    else:
        await _refuse_bounce_from_a_mailbox(ctx, request)
    if ctx.mail.delivery_delayed:
        # RFC 3464 Action: delayed (the server is still trying) or delivered / relayed / expanded (a success
        # notice): no failure, so the request stays as it is.
        ctx.row.request_id = request.id if request else None
        raise Rejection(Reason.BOUNCE, f"no failure (delayed or delivered): {', '.join(ctx.mail.bounced_addrs) or '?'}")
    # The server's own words (550 5.1.1 User unknown) go wherever the bounce is shown: status, alert, digest
    # and the endorser's mail.
    said = bounce_diagnostic(ctx.row.raw.decode("latin-1") if ctx.row.raw else ctx.mail.text)
    failed = ", ".join(ctx.mail.bounced_addrs) or "?"
    if request is not None:
        await _refuse_bounce_not_for_the_candidate(ctx, request, failed)
    detail = f"{said} (bounce for {failed})" if said else f"bounce for {failed}"
    if request is not None:
        ctx.row.request_id = request.id
        await ctx.workflow.mark_undeliverable(ctx.session, request, actor="inbound:bounce", detail=detail)
    raise Rejection(Reason.BOUNCE, f"{failed}: {said}" if said else ", ".join(ctx.mail.bounced_addrs))


async def refuse_auto_reply(ctx: Context) -> None:
    """RFC 3834: automatic replies are recorded and never answered."""
    if ctx.mail.kind is MailKind.AUTO_REPLY:
        request = await request_by_token(ctx)
        ctx.row.request_id = request.id if request else None
        raise Rejection(Reason.AUTO_REPLY, ctx.mail.subject[:120])


async def refuse_own_mail(ctx: Context) -> None:
    """Our own mail looped back (a list, a forward rule): never treat it as anyone's reply."""
    bot = ctx.settings.bot.address
    ours = addresses.is_bot_address(ctx.mail.from_addr, bot)
    if not ours and ctx.mail.message_id:
        ours = await ctx.session.scalar(
            select(col(OutboundMessage.id)).where(col(OutboundMessage.message_id) == ctx.mail.message_id)) is not None
    if ours:
        raise Rejection(Reason.OWN_MAIL)


async def refuse_duplicate(ctx: Context) -> None:
    """The same message seen again (re-delivered, copied, or a new UIDVALIDITY)."""
    clauses = [col(InboundMessage.content_sha256) == ctx.row.content_sha256]
    if ctx.mail.message_id:
        clauses.append(col(InboundMessage.message_id) == ctx.mail.message_id)
    earlier = await ctx.session.scalar(
        select(col(InboundMessage.id)).where(or_(*clauses)).where(col(InboundMessage.id) != ctx.row.id).limit(1))
    if earlier is not None:
        raise Rejection(Reason.DUPLICATE, f"same as inbound {earlier}")


async def handle_request_confirmation(ctx: Context) -> None:
    """The endorser answered the confirmation address: now, and only now, the candidate is mailed."""
    found = confirmation.find_confirmation(ctx.mail.recipient_addrs, ctx.mail.in_reply_to, ctx.settings.bot.address)
    if found is None:
        return
    ctx.row.kind = "request_confirmation"
    request = await ctx.session.get(EndorsementRequest, found.request_id)
    if request is None or not confirmation.is_valid(found, request, ctx.settings.bot.secret):
        raise Rejection(Reason.CONFIRMATION_INVALID, f"request {found.request_id}: bad address")
    ctx.row.request_id = request.id
    if ctx.mail.from_addr != request.endorser_email:
        raise Rejection(Reason.CONFIRMATION_INVALID, f"request {request.id}: answered from another address")
    if not await _unconfirmed(ctx.session, request):
        raise Rejection(Reason.CONFIRMATION_USED, f"request {request.id} is {request.status}")
    if _lapsed(ctx, request):
        await ctx.workflow.withdraw(ctx.session, request, actor="inbound:confirmation", why="confirmed too late")
        raise Rejection(Reason.CONFIRMATION_EXPIRED, f"request {request.id}")
    if not confirmation.says_yes(ctx.mail.reply_text):
        # "No, I never asked for this" is an answer too: only a yes mails the candidate. The request stays held,
        # so a yes may still follow, until it lapses (issue 10 item 4, red-team variant).
        raise Rejection(Reason.CONFIRMATION_NOT_YES, f"request {request.id}: the answer does not say yes")
    now = ctx.workflow.clock.now()
    await ctx.workflow.notifier.queue(ctx.session, kind="request", request=request, to=[request.candidate_email],
                                      now=now)
    ctx.session.add(AuditEntry(request_id=request.id, at=now, actor=f"endorser:{request.endorser_email}",
                               action="confirmation", reason="confirmed by the endorser",
                               detail={"inbound_id": ctx.row.id}))
    ctx.done = True


async def match_request(ctx: Context) -> None:
    """By the token in the address it was sent to, else in the Message-IDs it answers."""
    ctx.request = await request_by_token(ctx)
    if ctx.request is not None:
        ctx.row.request_id = ctx.request.id
        return
    member = await ctx.session.scalar(select(Member).where(col(Member.email) == ctx.mail.from_addr))
    if member is not None and member.active and not ctx.mail.in_reply_to:
        await _start_request_by_email(ctx, member)
        return
    if member is None and not ctx.mail.in_reply_to and not ctx.mail.subject.lower().startswith(("re:", "aw:")):
        raise Rejection(Reason.UNKNOWN_ENDORSER, ctx.mail.from_addr)
    raise Rejection(Reason.NO_MATCHING_REQUEST)


async def refuse_forged_sender(ctx: Context) -> None:
    """Our MTA's Authentication-Results (RFC 8601) say the From domain failed DMARC/SPF."""
    if sender_authentication(ctx.mail, ctx.settings.security.trusted_authserv_ids) is AuthVerdict.FAIL:
        raise Rejection(Reason.FORGED_SENDER, ctx.mail.from_addr)


async def refuse_wrong_sender(ctx: Context) -> None:
    """Only the candidate's own address may answer; anyone else is kept for admins."""
    assert ctx.request is not None
    if ctx.mail.from_addr != ctx.request.candidate_email:
        await ctx.workflow.alerts.raise_alert(
            ctx.session, kind="wrong_sender", now=ctx.workflow.clock.now(), request_id=ctx.request.id,
            inbound_id=ctx.row.id, summary=f"{ctx.mail.from_addr} answered for {ctx.request.candidate_email}")
        raise Rejection(Reason.WRONG_SENDER, ctx.mail.from_addr)


async def refuse_closed_request(ctx: Context) -> None:
    """An answer to a request that has ended. A request still ``requested`` is not ended: the reply
    carries its token, so its email was delivered and the outbox's record is merely behind."""
    assert ctx.request is not None
    if ctx.request.status == Status.REQUESTED:
        await ctx.workflow.delivered_by_reply(ctx.session, ctx.request, replied_at=utc(ctx.row.received_at))
    if ctx.request.status == Status.EXPIRED:  # an on-time answer read late reopens it (issue 12, item 4)
        await ctx.workflow.reopen_for_on_time_reply(ctx.session, ctx.request, received_at=utc(ctx.row.received_at))
    if Status(ctx.request.status) not in AWAITING_REPLY:
        raise Rejection(Reason.REQUEST_CLOSED, ctx.request.status)


async def refuse_late(ctx: Context) -> None:
    """On time means the server's receipt time (INTERNALDATE), never the sender's Date header."""
    request = ctx.request
    assert request is not None and request.deadline_at is not None
    if utc(ctx.row.received_at) > utc(request.deadline_at):
        await ctx.workflow.close_at_deadline(ctx.session, request, actor="inbound:late",
                                             reason="reply arrived after the deadline")
        raise Rejection(Reason.LATE, f"received {ctx.row.received_at.isoformat()}")


async def refuse_empty(ctx: Context) -> None:
    if not ctx.mail.reply_text.strip():
        raise Rejection(Reason.EMPTY_REPLY)


# The order matters: bounces carry Auto-Submitted too, so they are decided first; our own mail and
# duplicates never reach matching; a wrong sender is refused before the deadline is even looked at.
SCREENING: tuple[Stage, ...] = (
    refuse_unparseable,
    refuse_forged_from,
    refuse_flooding_sender,  # issue 10 item 15: before anything that stores more or calls out
    refuse_over_budget,  # issue 10: per request, per domain and global budgets a rotating From cannot escape
    handle_bounce,
    refuse_auto_reply,
    refuse_own_mail,
    refuse_duplicate,
)
MATCHING: tuple[Stage, ...] = (
    handle_request_confirmation,  # issue 10: an unauthenticated request by email, confirmed by its endorser
    match_request,
    refuse_forged_sender,
    refuse_wrong_sender,
    refuse_closed_request,
    refuse_late,
    refuse_empty,
)


def stages(*registered: Stage) -> tuple[Stage, ...]:
    """The pipeline with stages registered from outside the inbound core placed between screening and
    matching: the composition (bot/app.py) registers the admin commands by mail there (issue 5,
    bot/admin/mail_commands.py), so a command is read only once the message is known to be neither a
    bounce, an auto-reply, our own mail nor a duplicate, and before it could be taken for a reply. The
    inbound core never imports the admin wing (issue 14; tests/test_layout.py keeps it so)."""
    return (*SCREENING, *registered, *MATCHING)


async def run_stages(ctx: Context, stages: tuple[Stage, ...]) -> None:
    for stage in stages:
        await stage(ctx)
        if ctx.done:
            return


# ---- helpers ------------------------------------------------------------------------------

async def request_by_token(ctx: Context) -> EndorsementRequest | None:
    bot, domain = ctx.settings.bot.address, addresses.split(ctx.settings.bot.address)[1]
    tokens = [addresses.token_from_address(a, bot) for a in ctx.mail.recipient_addrs]
    ids = [ctx.mail.in_reply_to or "", *reversed(ctx.mail.references)]
    tokens += [addresses.token_from_message_id(m, domain) for m in ids if m]
    for token in filter(None, tokens):
        request = await ctx.session.scalar(select(EndorsementRequest).where(col(EndorsementRequest.token) == token))
        if request is not None:
            return request
    return None


# Our request and reminder Message-IDs (bot.outbound.addresses.new_message_id), as a returned copy quotes them.
_OUR_MESSAGE_ID = re.compile(rb"<(?:request|reminder)\.[a-z2-7]{20}\.[a-z2-7]{1,40}@[a-z0-9.-]{1,253}>", re.I)
# The returned headers sit near the top of a report; a longer search buys an attacker nothing.
_RETURNED_COPY_SCAN_BYTES = 256 * 1024


async def _request_by_returned_message_id(ctx: Context) -> EndorsementRequest | None:
    """A report sent to the plain address counts when it quotes the Message-ID of a request or reminder
    we sent (RFC 6522 returned headers): only the recipient's mail system has seen that id."""
    head = (ctx.row.raw or b"")[:_RETURNED_COPY_SCAN_BYTES]
    found = {m.decode("ascii").lower() for m in _OUR_MESSAGE_ID.findall(head)}
    if not found:
        return None
    request_id = await ctx.session.scalar(
        select(col(OutboundMessage.request_id)).where(col(OutboundMessage.message_id).in_(sorted(found)[:20]))
        .where(col(OutboundMessage.kind).in_(TOKENED_KINDS)).limit(1))
    return await ctx.session.get(EndorsementRequest, request_id) if request_id is not None else None


async def _refuse_unverified_bounce(ctx: Context) -> None:
    """A "bounce" to the plain address that only names someone proves nothing: anyone can write one to
    close a rival's request. It is kept for admins (the digest lists it) and the request is not changed."""
    named = await _request_by_bounced_address(ctx)
    if named is not None:
        raise Rejection(Reason.BOUNCE_UNVERIFIED, f"names {named.candidate_email} (request {named.id}) but was not "
                                                  "sent to the request's address nor quotes our Message-ID")


# Envelope senders that stand for the null reverse path: sendmail records "<>" as MAILER-DAEMON when it delivers.
_NULL_SENDER_LOCALS = frozenset({"mailer-daemon", "postmaster"})


async def _refuse_bounce_from_a_mailbox(ctx: Context, request: EndorsementRequest) -> None:
    """A report that reaches the request's address or quotes our Message-ID may still be the candidate's own:
    they hold both, from the request mail in their inbox, and a "bounce" closes the request as undeliverable
    (the 36-hour window is gone, the endorser may ask again later). A mail system's report comes from a mail
    system: RFC 5321 4.5.5 and RFC 3464 section 2 have non-delivery reports sent with a null reverse path
    (Return-Path: <>), and a mailbox that wrote one is no failed mailbox. So a report from the candidate's own
    address, or one whose top-most Return-Path (written by the delivery to our mailbox) is a person's mailbox,
    changes nothing: it is kept for admins, who are alerted, and the request stays open."""
    why = _written_from_a_mailbox(ctx.mail, request.candidate_email, ctx.settings.security.trusted_authserv_ids)
    if why is None:
        return
    ctx.row.request_id = request.id
    await ctx.workflow.alerts.raise_alert(
        ctx.session, kind="bounce_from_a_mailbox", now=ctx.workflow.clock.now(), request_id=request.id,
        inbound_id=ctx.row.id, summary=f"a delivery failure report for {request.candidate_email} {why}; the "
                                       "request stays open")
    raise Rejection(Reason.BOUNCE_FROM_A_MAILBOX, why)


def _written_from_a_mailbox(mail: ParsedMail, candidate: str, trusted_ids: tuple[str, ...]) -> str | None:
    """Why ``mail``, a delivery report, was sent by a person's mailbox rather than a mail system; None if not."""
    if mail.from_addr and addresses.same_mailbox(mail.from_addr, candidate):
        return f"was sent from the candidate's own address {mail.from_addr}"
    value = mail.header("return-path")  # the top-most: the one our delivery wrote
    if value is not None:
        sender = value.strip()
        sender = (sender[1:].partition(">")[0] if sender.startswith("<") else sender).strip().lower()
        where = "Return-Path"
    else:
        # Not recorded where the bot reads its mail: the envelope sender our MTA's trusted Authentication-Results
        # header records (its SPF check's smtp.mailfrom) says the same (issue 10 item 7, hostile23's red team: a
        # report from the candidate's spare mailbox, delivered with no Return-Path). With neither, From is all
        # there is.
        sender = envelope_sender(mail, trusted_ids) or ""
        where = "smtp.mailfrom"
    # A null reverse path, sendmail's MAILER-DAEMON for it, or the postmaster@HELO identity SPF checks for it
    # (RFC 7208 section 2.4), or a bare domain: no mailbox.
    if not sender or "@" not in sender or sender.partition("@")[0] in _NULL_SENDER_LOCALS:
        return None
    if addresses.same_mailbox(sender, candidate):
        return f"was sent from the candidate's own mailbox ({where} {sender})"
    return f"was sent with the return path {sender} ({where}), where a mail system's report has an empty one"


async def _refuse_bounce_not_for_the_candidate(ctx: Context, request: EndorsementRequest, failed: str) -> None:
    """A failure report that reaches the request's address (or quotes our Message-ID) but is not the report of a
    mail system about the request's candidate changes nothing: it is kept for admins, who are alerted, and the
    request stays open (issue 10 item 7, hostile23's red team: the candidate, who holds the reply address, sent a
    made-up report from a mailbox whose delivery wrote no Return-Path, naming someone else). The report of a real
    mail system names the address we sent to (RFC 3464 Original-Recipient, or Final-Recipient) and, when our MTA
    checked it, comes from the domain its From names: one our MTA's DMARC check (``[security]
    trusted_authserv_ids``) says the From domain refused, or that names only other addresses, is not that. One
    naming nobody still counts: many mail systems' reports name no address (a subject, a sentence)."""
    auth = read_results(ctx.mail, ctx.settings.security.trusted_authserv_ids)
    if auth.verdict is AuthVerdict.FAIL:
        reason, why = Reason.BOUNCE_SENDER_REFUSED, f"its sender {ctx.mail.from_addr or '?'} failed: {auth.detail}"
    elif ctx.mail.bounced_addrs and not any(addresses.same_mailbox(a, request.candidate_email)
                                            for a in ctx.mail.bounced_addrs):
        reason, why = Reason.BOUNCE_FOR_ANOTHER_RECIPIENT, f"it names {failed}, not the request's candidate"
    else:
        return
    ctx.row.request_id = request.id
    await ctx.workflow.alerts.raise_alert(
        ctx.session, kind=reason.value, now=ctx.workflow.clock.now(), request_id=request.id, inbound_id=ctx.row.id,
        summary=f"a delivery failure report for request {request.id} ({request.candidate_email}) counts for nothing: "
                f"{why}; the request stays open")
    raise Rejection(reason, why)


async def _request_by_bounced_address(ctx: Context) -> EndorsementRequest | None:
    if not ctx.mail.bounced_addrs:
        return None
    return await ctx.session.scalar(
        select(EndorsementRequest)
        .where(col(EndorsementRequest.candidate_email).in_(ctx.mail.bounced_addrs))
        .where(col(EndorsementRequest.status).in_([Status.REQUESTED.value, *(s.value for s in AWAITING_REPLY)]))
        .order_by(col(EndorsementRequest.id).desc())
        .limit(1)
    )


async def _start_request_by_email(ctx: Context, member: Member) -> None:
    """A registered endorser asks by email; refusals are recorded and nobody is mailed for them.

    From: is only a claim. Mail our MTA or our own DKIM check authenticates starts the request; any
    other mail is refused (``require_authenticated_endorsers``) or held until the member confirms it
    from their own mailbox: the candidate is never mailed on an unauthenticated sender's word."""
    settings, workflow = ctx.settings, ctx.workflow
    auth = await authenticate_sender(ctx.mail, ctx.row.raw or b"", settings.security)
    if auth.verdict is AuthVerdict.FAIL or (settings.security.require_authenticated_endorsers
                                             and auth.verdict is not AuthVerdict.PASS):
        raise Rejection(Reason.SENDER_NOT_AUTHENTICATED, f"{member.email}: {auth.verdict}: {auth.detail}")
    if await workflow.requests_today(ctx.session, member.email) >= settings.workflow.max_requests_per_endorser_per_day:
        raise Rejection(Reason.RATE_LIMITED, member.email)
    candidate = _named_candidate(ctx.mail, member.email, settings.bot.address)
    if candidate is None:
        raise Rejection(Reason.NO_CANDIDATE)
    name, email = candidate
    confirmed = auth.verdict is AuthVerdict.PASS
    if confirmed:
        await _refuse_replayed_signature(ctx)
    else:
        await _lapse_or_refuse_unconfirmed(ctx, member.email, email)
    try:
        request = await workflow.create_request(ctx.session, endorser_email=member.email, candidate_email=email,
                                                candidate_name=name, endorser_name=shown(member.name), origin="email",
                                                queue_request=confirmed)
    except UnprintableName as exc:
        raise Rejection(Reason.UNPRINTABLE_NAME, str(exc)) from None
    except RequestError as exc:
        raise Rejection(Reason.CANDIDATE_NOT_ALLOWED, str(exc)) from None
    ctx.row.kind, ctx.row.request_id, ctx.done = "request", request.id, True
    if confirmed:
        for tags in signature_tags(ctx.mail):
            await counters.bump(ctx.session, _SIGNATURE_USED + tags.digest, ctx.workflow.clock.now())
    else:
        await _ask_for_confirmation(ctx, request, auth.detail)


# A counter per DKIM signature that started a request (its b= value's hash): never swept, one row per request.
_SIGNATURE_USED = "dkim_signature_used:"


async def _refuse_replayed_signature(ctx: Context) -> None:
    """A signed request re-sent (a new Message-ID, another envelope, later) proves nothing new: a signature that
    already started a request, or one made more than MAX_SIGNATURE_AGE ago, starts nothing."""
    stale = stale_signature(ctx.mail, ctx.workflow.clock.now())
    if stale:
        raise Rejection(Reason.REPLAYED_SIGNATURE, stale)
    count = len(ctx.mail.header_all("dkim-signature"))
    if count > MAX_SIGNATURES_READ:
        # The ledger is read for the first few signatures only, and our MTA checks them all: a replay with made-up
        # signatures above the real one would pass its dkim=pass unrecognised. A member's own mail carries one or two.
        raise Rejection(Reason.REPLAYED_SIGNATURE, f"{count} DKIM signatures, more than the {MAX_SIGNATURES_READ} "
                        "compared with those that already started a request")
    names = [_SIGNATURE_USED + tags.digest for tags in signature_tags(ctx.mail)]
    if not names:
        return
    day = await ctx.session.scalar(select(col(Counter.day)).where(col(Counter.name).in_(names)).limit(1))
    if day is not None:
        raise Rejection(Reason.REPLAYED_SIGNATURE, f"its DKIM signature already started a request on {day}")


async def _unconfirmed(session: AsyncSession, request: EndorsementRequest) -> bool:
    """Held for the endorser's confirmation: still requested, and no candidate email queued."""
    return Status(request.status) is Status.REQUESTED and await Notifier.thread_root(session, request.id or 0) is None


def _lapsed(ctx: Context, request: EndorsementRequest) -> bool:
    valid = timedelta(hours=ctx.settings.security.confirmation_valid_hours)
    return ctx.workflow.clock.now() > utc(request.created_at) + valid


async def _lapse_or_refuse_unconfirmed(ctx: Context, endorser: str, candidate: str) -> None:
    """One confirmation email per pair at a time, so forged requests cannot flood the member's inbox;
    a lapsed one is withdrawn so the member can ask again."""
    held = await ctx.session.scalar(
        select(EndorsementRequest).where(col(EndorsementRequest.endorser_email) == endorser)
        .where(col(EndorsementRequest.candidate_email) == addresses.normalize(candidate))
        .where(col(EndorsementRequest.status) == Status.REQUESTED.value).limit(1))
    if held is None or not await _unconfirmed(ctx.session, held):
        return
    if not _lapsed(ctx, held):
        raise Rejection(Reason.CONFIRMATION_PENDING, f"request {held.id}")
    await ctx.workflow.withdraw(ctx.session, held, actor="inbound:confirmation", why="never confirmed")


async def _ask_for_confirmation(ctx: Context, request: EndorsementRequest, why: str) -> None:
    settings, now = ctx.settings, ctx.workflow.clock.now()
    reply_to = confirmation.confirmation_address(settings.bot.address, request, settings.bot.secret)
    message_id = confirmation.confirmation_message_id(settings.bot.address, request, settings.bot.secret)
    composer = ctx.workflow.notifier.composer
    rendered = composer.render("confirm_request", {
        "request": request, "reply_to": reply_to,
        "valid_until": utc(request.created_at) + timedelta(hours=settings.security.confirmation_valid_hours)})
    data = composer.build(rendered, to=[request.endorser_email], message_id=message_id, date=now, reply_to=reply_to,
                          in_reply_to=ctx.mail.message_id,
                          references=(ctx.mail.message_id,) if ctx.mail.message_id else ())
    await enqueue(ctx.session, OutboundMessage(
        kind="confirm_request", request_id=request.id, dedupe_key=f"confirm_request:{request.id}",
        envelope_from=settings.bot.address, recipients=[request.endorser_email], message_id=message_id,
        subject=rendered.subject, data=data, next_attempt_at=now, created_at=now))
    ctx.session.add(AuditEntry(request_id=request.id, at=now, actor="inbound:request", action="confirmation",
                               reason="sender not authenticated: confirmation asked of the registered address",
                               detail={"inbound_id": ctx.row.id, "why": why[:300]}))


_ADDRESS = re.compile(r"<?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>?")


def _named_candidate(mail: ParsedMail, endorser: str, bot: str) -> tuple[str, str] | None:
    """The first address in the endorser's own words that is neither theirs nor ours, with the name
    written just before it ("... endorse Carol Candidate <carol@example.org>")."""
    text = mail.reply_text or mail.text
    for match in _ADDRESS.finditer(text):
        email = match.group(1).lower()
        if email == endorser or addresses.is_bot_address(email, bot):
            continue
        before = text[max(0, match.start() - 80):match.start()].splitlines()[-1:] or [""]
        words = before[0].replace('"', " ").split()
        name: list[str] = []
        for word in reversed(words):  # the run of capitalised words right before the address
            if not word[:1].isupper() or len(name) == 4:
                break
            name.insert(0, word.strip(",:;"))
        return " ".join(name), email
    return None
