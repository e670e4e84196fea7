"""A small pool of judge worker processes: a parse or a judgement that overruns its budget is stopped by
killing its process, so it stops using CPU at once (a thread cannot be stopped; it would run on in the
background).

Each worker is ``python -m bot.evaluation.judge_worker`` talking length-prefixed pickles over its
stdin/stdout, driven by asyncio's own subprocess support, so waiting for an answer never blocks the event
loop. Workers start in the background when the pool starts (each loads the lexicons once) and are reused,
so a normal reply costs a round trip through a pipe for its parse and one for its judgement
(bench/judge_pool_bench.py). A worker that overruns is killed and a fresh one started in the background;
one that dies is replaced the same way. The same workers parse and judge: their number bounds the CPU that
hostile mail can take, whichever stage it attacks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import pickle
import struct
import sys
from collections.abc import Sequence

from bot.evaluation.bounded import RulesInput
from bot.evaluation.judge_worker import READY
from bot.evaluation.result import Judgement, JudgeTimeout, ParseTimeout
from bot.mail.message import ParsedMail
from bot.settings import EvaluationSettings

log = logging.getLogger(__name__)

_LENGTH = struct.Struct(">Q")
# Loading the lexicons takes about a second (several on a busy machine); a worker that is not ready by
# then is broken rather than slow.
_START_TIMEOUT_S = 120.0
WORKER_COMMAND: tuple[str, ...] = (sys.executable, "-m", "bot.evaluation.judge_worker")


class JudgeWorkerError(RuntimeError):
    """A worker failed to start, died, or raised while parsing or judging (the message is quarantined)."""


class JudgePoolClosed(JudgeWorkerError):
    """The pool was closed (the daemon is stopping): the message is not at fault and must not be stored as
    quarantined; uncommitted, it is handled again after the restart."""


class JudgeWorkersUnavailable(JudgeWorkerError):
    """No worker could start (the host forbids starting processes, the interpreter is missing, ...): the
    environment's fault, not the message's."""


class _Overrun(Exception):
    """A job took longer than its budget; its worker was killed."""


class _Worker:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, command: Sequence[str]) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            *command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        worker = cls(process)
        try:
            async with asyncio.timeout(_START_TIMEOUT_S):
                ready = await worker._read()
        except BaseException as exc:  # also cancelled (the pool closed meanwhile): never leave it running
            await worker.kill()
            if isinstance(exc, TimeoutError | asyncio.IncompleteReadError | ConnectionError):
                raise JudgeWorkerError(f"judge worker did not start: {type(exc).__name__}") from exc
            raise
        if ready != READY:
            await worker.kill()
            raise JudgeWorkerError("judge worker did not start: unexpected greeting")
        return worker

    async def _read(self) -> bytes:
        assert self.process.stdout is not None
        head = await self.process.stdout.readexactly(_LENGTH.size)
        return await self.process.stdout.readexactly(_LENGTH.unpack(head)[0])

    async def run(self, job: tuple[object, ...]) -> object:
        assert self.process.stdin is not None
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        # Two writes: a 2 MB message is not copied once more to put the length in front of it.
        self.process.stdin.write(_LENGTH.pack(len(payload)))
        self.process.stdin.write(payload)
        await self.process.stdin.drain()
        status, value = pickle.loads(await self._read())
        if status != "ok":
            raise JudgeWorkerError(f"the {job[0]} job failed in the judge worker: {value}")
        return value

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    async def kill(self) -> None:
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
        await self.process.wait()

    async def close(self) -> None:
        """Ask it to end (stdin closed), then make sure it did."""
        if self.process.stdin is not None and not self.process.stdin.is_closing():
            self.process.stdin.close()
        try:
            async with asyncio.timeout(5):
                await self.process.wait()
        except TimeoutError:
            await self.kill()


class JudgePool:
    """``await pool.parse(raw, budget_s)``, ``await pool.judge(job, settings, budget_s)``; at most ``size``
    jobs run at once."""

    def __init__(self, size: int, *, command: Sequence[str] = WORKER_COMMAND) -> None:
        if size < 1:
            raise ValueError("a judge pool needs at least one worker")
        self.size = size
        self.command = tuple(command)
        self._idle: list[_Worker] = []
        self._ready = asyncio.Condition()
        self._starting: set[asyncio.Task[None]] = set()
        self._busy = 0
        self._closed = False
        self._last_error: BaseException | None = None
        # Counted for the tests and the bench: how many workers were started and killed.
        self.started = 0
        self.killed = 0

    def idle_pids(self) -> list[int]:
        """Process ids of the workers waiting for a reply (for tests and diagnostics)."""
        return [w.process.pid for w in self._idle]

    def start(self) -> None:
        """Start the workers in the background (the first judgement waits for one if none is ready)."""
        for _ in range(self.size - len(self._idle) - len(self._starting) - self._busy):
            self._spawn()

    def _spawn(self) -> None:
        task = asyncio.get_running_loop().create_task(self._start_one())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    async def _start_one(self) -> None:
        try:
            worker = await _Worker.start(self.command)
        except (JudgeWorkerError, OSError) as exc:
            log.error("judge worker failed to start: %s", exc)
            async with self._ready:
                self._last_error = exc
                self._ready.notify_all()
            return
        self.started += 1
        async with self._ready:
            if self._closed:
                await worker.close()
                return
            self._last_error = None
            self._idle.append(worker)
            self._ready.notify()

    async def _take(self) -> _Worker:
        async with self._ready:
            while True:
                if self._closed:
                    raise JudgePoolClosed("the judge pool is closed")
                while self._idle:
                    worker = self._idle.pop()
                    if worker.alive:
                        self._busy += 1
                        return worker
                if self._last_error is not None:
                    error, self._last_error = self._last_error, None
                    raise JudgeWorkersUnavailable(f"no judge worker could start: {error}")
                if len(self._starting) + self._busy < self.size:
                    self._spawn()  # started on demand when the pool was not started up front
                await self._ready.wait()

    async def _give_back(self, worker: _Worker | None) -> None:
        async with self._ready:
            self._busy -= 1
            if worker is not None and not self._closed:
                self._idle.append(worker)
            elif not self._closed:
                self._spawn()  # a replacement, started now so the next reply does not wait for it
            self._ready.notify()

    async def parse(self, raw: bytes, budget_s: float) -> ParsedMail:
        """``parse_mail(raw)`` in a worker process; past ``budget_s`` the worker is killed and ParseTimeout
        raised. Waiting for a free worker is not counted in the budget; shipping the bytes and the answer is."""
        try:
            mail = await self._run(("parse", raw), budget_s)
        except _Overrun:
            raise ParseTimeout(f"parsing took longer than {budget_s:g} s; its process was stopped") from None
        assert isinstance(mail, ParsedMail)
        return mail

    async def judge(self, job: RulesInput, settings: EvaluationSettings, budget_s: float) -> Judgement:
        """The rules' judgement of ``job`` in a worker process; past ``budget_s`` the worker is killed
        and JudgeTimeout raised. Waiting for a free worker is not counted in the budget."""
        try:
            judgement = await self._run(("judge", settings, job), budget_s)
        except _Overrun:
            raise JudgeTimeout(f"the rules took longer than {budget_s:g} s; their process was stopped") from None
        assert isinstance(judgement, Judgement)
        return judgement

    async def _run(self, job: tuple[object, ...], budget_s: float) -> object:
        worker = await self._take()
        kept: _Worker | None = None
        try:
            async with asyncio.timeout(budget_s):
                answer = await worker.run(job)
            kept = worker
            return answer
        except TimeoutError:
            self.killed += 1
            await worker.kill()
            raise _Overrun from None
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            await worker.kill()
            raise JudgeWorkerError(f"the judge worker died (exit code {worker.process.returncode})") from exc
        except BaseException:
            await worker.kill()  # cancelled mid-job, or its answer was unreadable: never reuse it
            raise
        finally:
            await self._give_back(kept)

    async def close(self) -> None:
        async with self._ready:
            self._closed = True
            idle, self._idle = self._idle, []
            self._ready.notify_all()
        starting = list(self._starting)
        for task in starting:
            task.cancel()
        await asyncio.gather(*starting, return_exceptions=True)
        for worker in idle:
            await worker.close()
