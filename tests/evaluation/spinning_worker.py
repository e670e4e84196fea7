"""A judge worker whose rules spin on the CPU forever when a reply says "slow answer", and die at
once when it says "die now"; whose parser spins forever on a message holding "X-Test-Slow-Parse" and
dies on one holding "X-Test-Die-Parsing": the stand-ins for mail built to be slow and for a crash.
Everything else is the real worker (bot/evaluation/judge_worker.py). Run as a script by the pool tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.evaluation import judge_worker
from bot.evaluation.bounded import RulesInput, judge_input
from bot.evaluation.result import Judgement
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings

SPIN = "slow answer"
SPIN_PARSING = b"X-Test-Slow-Parse"
DIE_PARSING = b"X-Test-Die-Parsing"


def _hostile_judge_input(job: RulesInput, settings: EvaluationSettings, rules: object = None) -> Judgement:
    if "die now" in job.reply_text:
        os._exit(3)
    spins = 0
    while SPIN in job.reply_text:
        spins += 1  # burns CPU until the pool kills this process
    return judge_input(job, settings)


def _hostile_parse_mail(raw: bytes) -> ParsedMail:
    if DIE_PARSING in raw:
        os._exit(3)
    spins = 0
    while SPIN_PARSING in raw:
        spins += 1  # burns CPU until the pool kills this process
    return parse_mail(raw)


if __name__ == "__main__":
    judge_worker.judge_input = _hostile_judge_input
    judge_worker.parse_mail = _hostile_parse_mail
    judge_worker.main()
