"""A judge worker whose rules spin on the CPU forever when a reply says "slow answer", and die at
once when it says "die now": the stand-ins for a reply built to be slow and for a crash. Everything
else is the real worker (bot/evaluation/judge_worker.py). Run as a script by the pool tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.evaluation import judge_worker
from bot.evaluation.bounded import RulesInput, judge_input
from bot.evaluation.result import Judgement
from bot.settings import EvaluationSettings

SPIN = "slow answer"


def _hostile_judge_input(job: RulesInput, settings: EvaluationSettings, rules: object = None) -> Judgement:
    if "die now" in job.reply_text:
        os._exit(3)
    spins = 0
    while SPIN in job.reply_text:
        spins += 1  # burns CPU until the pool kills this process
    return judge_input(job, settings)


if __name__ == "__main__":
    judge_worker.judge_input = _hostile_judge_input
    judge_worker.main()
