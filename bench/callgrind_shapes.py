"""Instructions per judgement of per_mb_bench's dense shapes, counted by valgrind's callgrind (issue 10).

Usage (the counts are reproducible to a fraction of a percent, unlike CPU seconds on a shared machine)::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p \\
        .venv/bin/python bench/callgrind_shapes.py [--size-kb 10] [--runs 5] [--only WORD]
    .venv/bin/python bench/callgrind_shapes.py --read /tmp/cg.PID

``--plain`` instead counts parse_bench's plain reply (issue 9's 2x): 100 ``evaluate_bytes`` after three warm ones,
then 100 bare stdlib parses, each between two dumps. With ``--cache-sim=yes --LL=1048576,16,64`` (valgrind's last
level cache made this machine's 1 MB second level), ``--read`` also prints the misses of that cache per judgement:
the instructions do not tell what the CPU time does, the memory a judgement reads from beyond it.

For each shape: one warm judgement (``parse_mail`` plus ``judge_bounded``, as per_mb_bench times them), then
``--runs`` judgements between two dumps (``callgrind_control --dump=<shape>``, asked by this process and
waited for with short sleeps, after each of which callgrind reads its commands). ``--read`` prints each
dump's instructions divided by the runs, in millions, with the cost of an empty interval (the dump request
itself) taken off.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_SHAPES = ("dash runs after a verb", "mixed separator runs", "quoted-printable body", "short lines",
                  "numbered lines", "unknown names in frames", "CamelCase humps", "metric grammar",
                  "labels and lists", "wide HTML paragraphs", "advice sentences", "advice verbs")


# How long to sleep between looks at the dump request. Every look runs instructions that land in the interval being
# counted; on a busy machine a request takes up to a second, and with looks every 20 ms the wait cost about 3 M
# instructions a dump, which the empty interval's cost did not take off reliably (perf31).
_DUMP_WAIT_S = 0.2


def _dump(label: str) -> None:
    asked = subprocess.Popen(["callgrind_control", f"--dump={label}", str(os.getpid())],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while asked.poll() is None:
        time.sleep(_DUMP_WAIT_S)  # callgrind reads its commands when the sleep returns


def _run(args: argparse.Namespace) -> None:
    from per_mb_bench import SHAPES

    from bot.evaluation.bounded import judge_bounded
    from bot.mail.parse import parse_mail
    from bot.settings import EvaluationSettings

    settings = EvaluationSettings()
    judge_bounded(parse_mail(SHAPES["short lines"](100)), settings)
    gc.collect()
    gc.freeze()
    names = [n for n in SHAPES if args.only in n] if args.only else list(DEFAULT_SHAPES)
    _dump("start")
    _dump("empty")
    for name in names:
        raw = SHAPES[name](int(args.size_kb * 1000))
        judge_bounded(parse_mail(raw), settings)
        _dump("warm")
        for _ in range(args.runs):
            judge_bounded(parse_mail(raw), settings)
        _dump(name.replace(" ", "_") + f"__runs{args.runs}")


# Judgements a side for --plain: enough that what is left of the dump request's cost is a few thousandths of one.
_PLAIN_RUNS = 100


def _run_plain(runs: int) -> None:
    import parse_bench

    from bot.evaluation.offline import evaluate_bytes
    from bot.settings import Settings

    settings, raw = Settings(), parse_bench.plain()
    for _ in range(3):
        evaluate_bytes(raw, settings)
        parse_bench.stdlib(raw)
    gc.collect()
    gc.freeze()
    _dump("start")
    _dump("empty")
    for _ in range(runs):
        evaluate_bytes(raw, settings)
    _dump(f"plain_reply_judgement__runs{runs}")
    for _ in range(runs):
        parse_bench.stdlib(raw)
    _dump(f"plain_reply_bare_stdlib_parse__runs{runs}")


def _read(path: str) -> None:
    counts: list[tuple[str, list[int]]] = []
    events: list[str] = []
    dumps = [p for p in Path(path).parent.glob(Path(path).name + ".*") if p.suffix[1:].isdigit()]
    for dump in sorted(dumps, key=lambda p: int(p.suffix[1:])):
        text = dump.read_text(errors="replace")
        label = re.search(r"^desc: Trigger: dump (.*)$", text, re.M)
        total = re.search(r"^summary: ([\d ]+)$", text, re.M)
        named = re.search(r"^events: (.*)$", text, re.M)
        if label and total and named:
            events = named.group(1).split()
            counts.append((label.group(1).strip(), [int(n) for n in total.group(1).split()]))
    empty = next((n for dumped, n in counts if dumped.endswith("empty")), [0] * len(events))
    last_level = [i for i, event in enumerate(events) if event in ("ILmr", "DLmr", "DLmw")]
    for dumped, n in counts:
        m = re.search(r"([^ ]+)__runs(\d+)$", dumped)
        if m:
            runs = int(m.group(2))
            shape = m.group(1).replace("_", " ")
            line = f"{shape:28} {(n[0] - empty[0]) / runs / 1e6:8.2f} M instructions per judgement"
            if last_level:
                missed = sum(n[i] - empty[i] for i in last_level) / runs
                line += f", {missed / 1e3:6.1f} k last-level cache misses"
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-kb", type=float, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="")
    parser.add_argument("--plain", action="store_true", help="parse_bench's plain reply, then the bare stdlib parse")
    parser.add_argument("--read", default="", help="a callgrind output file (without its .N dump suffix)")
    args = parser.parse_args()
    if args.read:
        _read(args.read)
    elif args.plain:
        _run_plain(_PLAIN_RUNS)
    else:
        _run(args)


if __name__ == "__main__":
    main()
