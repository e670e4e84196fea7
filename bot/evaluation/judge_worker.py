"""One judge worker process: reads jobs on stdin, runs the rules, writes judgements on stdout.

Started by bot/evaluation/judge_pool.py as ``python -m bot.evaluation.judge_worker``. A frame is an
8-byte big-endian length and a pickle; the parent is the only writer and the only reader, so the pickles
never come from outside (the reply text inside them is plain data). The worker loads the lexicons before
it says it is ready, so no reply pays for that, and it ends when its stdin closes (the daemon stopped or
died) or when the parent kills it for overrunning its budget.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import pickle
import signal
import struct
import sys
from typing import BinaryIO

from bot.evaluation.bounded import RulesInput, judge_input
from bot.evaluation.patterns import compile_built
from bot.settings import EvaluationSettings

_LENGTH = struct.Struct(">Q")
READY = b"ready"


def write_frame(out: BinaryIO, payload: bytes) -> None:
    out.write(_LENGTH.pack(len(payload)) + payload)
    out.flush()


def read_frame(source: BinaryIO) -> bytes | None:
    head = source.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (length,) = _LENGTH.unpack(head)
    body = source.read(length)
    return body if len(body) == length else None


def _warm() -> None:
    judge_input(RulesInput.of_text("I schedule with Buffer and watch reach."), EvaluationSettings())
    compile_built()  # every lexicon regex now, not on the replies that first hold its word


def _die_with_parent() -> None:
    """Linux: be killed when the daemon dies, even by SIGKILL. Without it a worker busy with a reply
    would finish that reply (the closed pipe is only seen between replies) as an orphan."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the closed pipe still ends the worker between replies
        return
    if os.getppid() == 1:  # the daemon died before prctl took effect
        os._exit(0)


_PR_SET_PDEATHSIG = 1


def main() -> None:
    # Ctrl-C in the daemon's terminal reaches the whole process group: the parent decides when workers end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    source, out = sys.stdin.buffer, sys.stdout.buffer
    # Nothing else may write to the channel: prints and warnings go to stderr.
    sys.stdout = sys.stderr
    _warm()
    write_frame(out, READY)
    while (frame := read_frame(source)) is not None:
        settings, job = pickle.loads(frame)
        try:
            answer: tuple[str, object] = ("ok", judge_input(job, settings))
        except Exception as exc:  # reported to the parent, which quarantines the message
            answer = ("error", f"{type(exc).__name__}: {exc}")
        write_frame(out, pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
