"""One judge worker process: reads jobs on stdin, parses a message or runs the rules, writes the answer on
stdout.

Started by bot/evaluation/judge_pool.py as ``python -m bot.evaluation.judge_worker``. A frame is an
8-byte big-endian length and a pickle of a job, ``("parse", raw)`` (the message's bytes; the answer is its
ParsedMail) or ``("judge", settings, RulesInput)`` (the answer is a Judgement); the parent is the only
writer and the only reader, so the pickles never come from outside (the mail inside them is plain data).
The worker loads the lexicons (and warms the parser) before it says it is ready, so no message pays for
that, and makes what it loaded permanent for the garbage collector (a full collection never walks it in
a judgement); it ends when its stdin closes (the daemon stopped or died) or when the parent kills it for
overrunning its budget.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import pickle
import signal
import struct
import sys
from typing import BinaryIO

from bot.evaluation.bounded import RulesInput, judge_input
from bot.evaluation.patterns import compile_built
from bot.mail.parse import parse_mail
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


_WARM_MAIL = (b"From: Gina <gina@cand.example>\r\nTo: bot@bot.example\r\nSubject: Re: skills\r\n"
              b"Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
              b"I use Buffer.\r\n--b\r\nContent-Type: text/html\r\n\r\n<p style=\"color:#333\">I use Buffer.</p>\r\n"
              b"--b--\r\n")


def _warm() -> None:
    parse_mail(_WARM_MAIL)  # the parser's modules and tables, plain and HTML, before the first message
    judge_input(RulesInput.of_text("I schedule with Buffer and watch reach."), EvaluationSettings())
    compile_built()  # every lexicon regex now, not on the replies that first hold its word
    # What is loaded now (modules, lexicons, their regexes) lives as long as the worker: made permanent for
    # the cyclic garbage collector, as the daemon does (bot/commands/run.py settle_heap), so a full
    # collection no longer walks it in the middle of a judgement. Measured: about 40 ms each, twice in 400
    # judgements of 5-20 KB hostile replies (on a 10 KB reply, 4 s per MB); 1-6 ms frozen.
    gc.collect()
    gc.freeze()


def answer(job: tuple[object, ...]) -> object:
    """What a job asks for: a message's ParsedMail, or the rules' judgement of a reply."""
    if job[0] == "parse":
        raw = job[1]
        assert isinstance(raw, bytes)
        return parse_mail(raw)
    if job[0] == "judge":
        _, settings, rules_input = job
        assert isinstance(settings, EvaluationSettings) and isinstance(rules_input, RulesInput)
        return judge_input(rules_input, settings)
    raise ValueError(f"unknown job {job[0]!r}")


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
        try:
            reply: tuple[str, object] = ("ok", answer(pickle.loads(frame)))
        except Exception as exc:  # reported to the parent, which quarantines the message
            reply = ("error", f"{type(exc).__name__}: {exc}")
        write_frame(out, pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
