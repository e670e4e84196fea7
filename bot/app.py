"""The composition root: builds every part from settings. Commands, the daemon, the demo and tests use it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.admin.mail_commands import handle_admin_command
from bot.clock import Clock, SystemClock
from bot.db import counters
from bot.db.engine import Database
from bot.inbound import pipeline
from bot.inbound.parsing import MailParser
from bot.inbound.processor import InboundProcessor, Judge
from bot.inbound.watcher import InboxProgress
from bot.outbound.compose import Composer
from bot.outbound.outbox import Outbox
from bot.ports import Mailbox, MailSender
from bot.settings import Settings, uses_oauth2
from bot.workflow.alerts import Alerts
from bot.workflow.notify import Notifier
from bot.workflow.service import Workflow

if TYPE_CHECKING:
    from bot.adapters.oauth2 import AccessTokens


def default_sender(settings: Settings, tokens: AccessTokens | None = None) -> Callable[[], MailSender]:
    from bot.adapters.smtp import SmtpSender

    return lambda: SmtpSender(settings.smtp, tokens=tokens)


def default_mailbox(settings: Settings, tokens: AccessTokens | None = None) -> Callable[[], Mailbox]:
    from bot.adapters.imap import ImapMailbox

    return lambda: ImapMailbox(settings.imap, tokens=tokens)


def access_tokens(settings: Settings) -> AccessTokens | None:
    """The process's one OAuth2 token source when [imap] or [smtp] signs in with OAuth2 (else None):
    IMAP and SMTP share it, so one renewal serves both."""
    if not uses_oauth2(settings):
        return None
    from bot.adapters.oauth2 import AccessTokens

    return AccessTokens(settings.oauth2)


def default_judge(settings: Settings, clock: Clock, db: Database) -> Judge:
    from bot.evaluation.evaluator import Evaluator, build_llm_classifier

    async def recorded_spend() -> float:
        async with db.session() as session:
            return await counters.read(session, counters.LLM_COST_MICROUSD, clock.now()) / 1_000_000

    from bot.evaluation.judge_pool import JudgePool

    workers = settings.evaluation.judge_workers
    pool = JudgePool(workers) if workers > 0 else None
    return Evaluator(settings, build_llm_classifier(settings, clock, recorded_spend=recorded_spend), pool=pool)


@dataclass
class App:
    settings: Settings
    clock: Clock
    db: Database
    composer: Composer
    notifier: Notifier
    alerts: Alerts
    workflow: Workflow
    outbox: Outbox
    processor: InboundProcessor
    open_mailbox: Callable[[], Mailbox]
    # How far the inbox watcher has read (the outbox and expiry wait for it).
    inbox_progress: InboxProgress = field(default_factory=InboxProgress)
    # Set whenever something was queued for sending, so the sender wakes at once.
    outbox_dirty: asyncio.Event = field(default_factory=asyncio.Event)
    # OAuth2 sign-in shared by IMAP and SMTP (None with passwords): the daemon watches its refusals.
    tokens: AccessTokens | None = None

    async def close(self) -> None:
        await self.outbox.close()
        # The judge's worker processes (bot/evaluation/judge_pool.py), if it has any.
        close_judge = getattr(self.processor.judge, "close", None)
        if close_judge is not None:
            await close_judge()
        close_parser = getattr(self.processor.parser, "close", None)
        if close_parser is not None:
            close_parser()
        await self.db.close()


def build_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    open_sender: Callable[[], MailSender] | None = None,
    open_mailbox: Callable[[], Mailbox] | None = None,
    judge: Judge | None = None,
    tokens: AccessTokens | None = None,
) -> App:
    clock = clock or SystemClock()
    tokens = tokens or access_tokens(settings)
    db = Database(settings.database.url)
    composer = Composer(settings)
    notifier = Notifier(settings, composer)
    alerts = Alerts(settings, composer)
    workflow = Workflow(db, clock, settings, notifier, alerts)
    progress = InboxProgress()
    # Every email also goes to the bot's own address: its copy proves what the server accepted.
    outbox = Outbox(db, clock, settings.smtp, open_sender or default_sender(settings, tokens), workflow,
                    copy_to=settings.bot.address, progress=progress)
    # Admin commands by mail are registered into the inbound pipeline here, so the inbound core never
    # imports the admin wing (issue 14).
    judge = judge or default_judge(settings, clock, db)
    # Messages are parsed in the judge's worker processes (one pool: their number bounds the CPU hostile mail
    # can take, whichever stage it attacks), or in a thread when the judge has none.
    parser = MailParser(settings.evaluation, pool=getattr(judge, "pool", None))
    processor = InboundProcessor(db, clock, settings, workflow, judge,
                                 stages=pipeline.stages(handle_admin_command), parser=parser)
    return App(settings, clock, db, composer, notifier, alerts, workflow, outbox, processor,
               open_mailbox or default_mailbox(settings, tokens), inbox_progress=progress, tokens=tokens)
