"""Parsing a fetched message off the event loop, within ``[evaluation] parse_budget_s`` (issue 10 item 3).

    parser = MailParser(settings.evaluation, pool)   # the judge's pool (bot/evaluation/judge_pool.py)
    mail = await parser.parse(raw)                   # ParsedMail, or ParseTimeout past the budget

Every parsing stage is meant to be linear in the message's size; this is the defence in depth for when one
is not. With a pool (what the daemon uses, ``[evaluation] judge_workers`` > 0) the message is parsed in the
same worker processes that judge replies, and one that overruns is stopped by killing its process. Without
one (``judge_workers = 0``), when no worker can start, or with a parse function injected by a test (a
function cannot be sent to another process), it is parsed in a thread of this parser's own: a thread
cannot be stopped, so an overrun runs on in the background, but the message is quarantined all the same
and the loop never waits for it. Either way the processor stores the message as ``parse_timeout`` and
commits it, so it is never fetched, delivered or parsed again, while the inbox, the outbox and SIGTERM
carry on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from bot.evaluation.judge_pool import JudgePool, JudgeWorkersUnavailable
from bot.evaluation.result import ParseTimeout
from bot.evaluation.thread_budget import within_budget
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings

log = logging.getLogger("endorsebot.inbound")

# Two, as for the rules' thread fallback: one overrunning parse does not hold up the next message.
_PARSE_THREADS = 2


class Parser(Protocol):
    async def parse(self, raw: bytes) -> ParsedMail: ...


class MailParser:
    """The processor's parser: in the judge pool's worker processes when given one, else in a thread."""

    def __init__(self, settings: EvaluationSettings, pool: JudgePool | None = None, *,
                 parse: Callable[[bytes], ParsedMail] | None = None) -> None:
        self.settings = settings
        self.pool = pool if parse is None else None
        self._parse = parse or parse_mail
        self._threads = ThreadPoolExecutor(_PARSE_THREADS, thread_name_prefix="endorsebot-parse")

    async def parse(self, raw: bytes) -> ParsedMail:
        budget_s = self.settings.parse_budget_s
        if self.pool is not None:
            try:
                return await self.pool.parse(raw, budget_s)
            except JudgeWorkersUnavailable as exc:
                # Not the message's fault: read it in a thread (still within the budget) rather than
                # quarantine every message, the bot's own copies included, while no worker can start.
                log.error("no judge worker for the parse; parsing in a thread: %s", exc)
        return await self._in_a_thread(raw, budget_s)

    async def _in_a_thread(self, raw: bytes, budget_s: float) -> ParsedMail:
        """The budget starts when a thread takes the message (bot/evaluation/thread_budget.py)."""
        try:
            return await within_budget(self._threads, lambda: self._parse(raw), budget_s)
        except TimeoutError:
            raise ParseTimeout(f"parsing took longer than {budget_s:g} s") from None

    def close(self) -> None:
        """The threads; the pool is the judge's, which closes it."""
        self._threads.shutdown(wait=False, cancel_futures=True)
