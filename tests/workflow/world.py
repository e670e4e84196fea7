"""A small world for workflow tests: real SQLite, a real SMTP server (SmtpFront) on loopback, a fake clock.

Inbound messages are handed to the processor as the IMAP watcher would hand them (FetchedMessage with a
UID and the server's receipt time), so these tests exercise the pipeline without an IMAP round trip;
the end-to-end tests in tests/e2e/ do the same through real Dovecot.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from string import Template

from sqlalchemy import select
from sqlmodel import col

from bot.app import App, build_app
from bot.clock import FakeClock
from bot.db.models import AuditEntry, EndorsementRequest, InboundMessage, OutboundMessage
from bot.evaluation.bounded import judge_bounded
from bot.evaluation.rules import judge_rules
from bot.mail.parse import parse_mail
from bot.outbound import addresses
from bot.ports import FetchedMessage
from bot.sandbox.smtp import SmtpFront
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "inbound"
BOT = "bot@bot.test"
ENDORSER = "alice@members.example"


def warm_parser_and_rules() -> None:
    """The parser's modules imported and the lexicons the rules load on first use loaded, in this process: a
    test that runs a normal message against a budget of a fraction of a second calls it first, so the budget
    times the message and not the process's first parse or judgement. Measured cold: 243 ms to parse
    good_reply_gmail.eml and 1,252 ms to judge it (still 308 ms after judge_worker's own warm-up: TOML lexicon
    tables loaded by the first tip, metric and manipulation readings; and 205 ms more in judge_bounded after
    judge_rules alone), against 0.3 s budgets; warm, 1 and 3-6 ms."""
    mail = parse_mail((FIXTURES / "good_reply_gmail.eml").read_bytes())
    judge_bounded(mail, Settings().evaluation, judge_rules)  # the path Evaluator.judge_rules takes


def world_settings(db_path: Path, smtp_port: int, **tables: dict) -> Settings:
    settings = Settings().replace(
        bot={"address": BOT, "name": "endorsebot"},
        smtp={"host": "127.0.0.1", "port": smtp_port, "security": "none", "retry_base_s": 1.0,
              "in_doubt_settle_s": 0.2},
        database={"url": f"sqlite+aiosqlite:///{db_path}"},
        admins={"addresses": ("admin@admin.test",)},
        security={"trusted_authserv_ids": ("mx.bot.test",)},
        # Judged in a thread: a worker process per world would cost each test its start-up (loading the
        # lexicons). The process pool has its own tests (tests/evaluation/test_judge_pool.py) and the
        # daemon tests (tests/e2e) run it.
        evaluation={"judge_workers": 0},
    )
    return settings.replace(**tables) if tables else settings


class World:
    def __init__(self, app: App, clock: FakeClock, front: SmtpFront, bot: str = BOT) -> None:
        self.bot = bot
        self.app = app
        self.clock = clock
        self.front = front
        self._uids = itertools.count(1)
        self._nonce = itertools.count(1)

    async def request(self, candidate: str = "gina@cand.example", *, send: bool = True) -> EndorsementRequest:
        async with self.app.db.session() as session:
            request = await self.app.workflow.create_request(
                session, endorser_email=ENDORSER, candidate_email=candidate, candidate_name="Gina")
            await session.commit()
        if send:
            await self.app.outbox.flush()
        return await self.get(request.id)

    async def get(self, request_id: int | None) -> EndorsementRequest:
        async with self.app.db.session() as session:
            request = await session.get(EndorsementRequest, request_id)
        assert request is not None
        return request

    async def request_message_id(self, request: EndorsementRequest) -> str:
        async with self.app.db.session() as session:
            mid = await session.scalar(select(col(OutboundMessage.message_id))
                                       .where(col(OutboundMessage.request_id) == request.id)
                                       .where(col(OutboundMessage.kind) == "request"))
        return mid or "<none@nowhere>"

    async def render(self, fixture: str, request: EndorsementRequest | None, **extra: str) -> bytes:
        values = {"nonce": str(next(self._nonce)), "endorser": ENDORSER, "subject": "skills check", "bot": self.bot}
        if request is not None:
            values |= {
                "candidate": request.candidate_email,
                "candidate_domain": addresses.split(request.candidate_email)[1],
                "reply_to": addresses.reply_address(self.bot, request.token),
                "request_mid": await self.request_message_id(request),
            }
        text = Template((FIXTURES / fixture).read_text()).safe_substitute(values | extra)
        return text.replace("\r\n", "\n").replace("\n", "\r\n").encode()

    async def deliver(self, fixture: str, request: EndorsementRequest | None = None, *, uid: int | None = None,
                      raw: bytes | None = None, **extra: str) -> InboundMessage:
        data = raw if raw is not None else await self.render(fixture, request, **extra)
        message = FetchedMessage("INBOX", 1, uid or next(self._uids), self.clock.now(), data)
        return await self.app.processor.handle(message)

    async def audit(self, request_id: int | None) -> list[AuditEntry]:
        async with self.app.db.session() as session:
            return list(await session.scalars(
                select(AuditEntry).where(col(AuditEntry.request_id) == request_id).order_by(col(AuditEntry.id))))

    async def outbound(self, **where: object) -> list[OutboundMessage]:
        async with self.app.db.session() as session:
            query = select(OutboundMessage).order_by(col(OutboundMessage.id))
            for key, value in where.items():
                query = query.where(getattr(OutboundMessage, key) == value)
            return list(await session.scalars(query))

    def advance(self, **kwargs: float) -> None:
        self.clock.advance(timedelta(**kwargs))


async def make_world(tmp_path: Path, **tables: dict) -> tuple[World, SmtpFront]:
    async def deliver(_sender: str, _rcpt: str, _data: bytes) -> None:
        return None

    front = SmtpFront(deliver=deliver, local_domains=frozenset({"bot.test", "admin.test"}),
                      bounce_domains=frozenset({"bounce.test"}), reject_domains=frozenset({"reject.test"}))
    port = await front.start()
    clock = FakeClock()
    app = build_app(world_settings(tmp_path / "bot.sqlite3", port, **tables), clock=clock)
    await app.db.create_schema()
    return World(app, clock, front), front


@asynccontextmanager
async def running_world(tmp_path: Path, **tables: dict) -> AsyncIterator[World]:
    """A world for one test: its app and SMTP front are closed however the block ends."""
    world, front = await make_world(tmp_path, **tables)
    try:
        yield world
    finally:
        await world.app.close()
        await front.stop()
