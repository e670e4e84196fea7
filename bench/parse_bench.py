"""Messages per second for parse_mail, and for the whole judgement (parse, new text, rules: what
`endorsebot evaluate` does per file), against bare stdlib parsing, on the same messages in one run.
The last column is the judgement's cost as a multiple of the bare parse (target: at most 2).

The stdlib baseline is ``email.message_from_bytes(raw, policy=email.policy.default)`` plus
``get_body()`` and ``get_content()``: it finds the body but does none of our work (no quote or
signature removal, no kind detection). Usage: ``.venv/bin/python bench/parse_bench.py [--rounds N] [--cpu]
[--only "plain reply"]``.

``--cpu`` measures CPU time instead, the judgement and the bare parse alternated in short bursts (15
pairs per message), and prints the median of the pairs' ratios: on a shared machine the two figures of
one pair see the same load, where the wall-clock rates above are taken seconds apart.

``--stages`` prints where the plain reply's judgement spends its CPU: each stage's function is wrapped with
``time.process_time`` (in every module that imported it) and the reply judged 40 x ``--rounds`` times (2,000);
stages nest (parse_mail holds new text, judge_rules holds the finders).
"""

from __future__ import annotations

import argparse
import collections
import email
import email.policy
import importlib
import os
import statistics
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation.offline import evaluate_bytes
from bot.mail.parse import parse_mail
from bot.settings import Settings

ANSWER = (
    "I schedule with Buffer and design in Figma.\n"
    "Metrics: engagement rate, reach and response time.\n"
    "Tip: answer angry customers by name and move the conversation to DMs.\n"
)
REQUEST = "Which tools do you use? Which metrics do you watch? One tip for angry customers?\n"


def _message(subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Dana Reyes <dana@mail.example>"
    msg["To"] = "endorse@bot.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<bench@mail.example>"
    return msg


def plain() -> bytes:
    msg = _message("Re: plain")
    quoted = "".join("> " + line + "\n" for line in REQUEST.splitlines())
    msg.set_content(ANSWER + "\nOn Mon, 16 Nov 2026 at 09:02, Bot <endorse@bot.example> wrote:\n" + quoted)
    return msg.as_bytes()


def html() -> bytes:
    msg = _message("Re: html")
    body = "".join(f"<div>{line}</div>" for line in ANSWER.splitlines())
    quote = f'<div class="gmail_quote"><blockquote>{REQUEST}</blockquote></div>'
    msg.set_content(ANSWER)
    msg.add_alternative(f"<html><body>{body}{quote}</body></html>", subtype="html")
    return msg.as_bytes()


def with_attachment(size_mb: int) -> bytes:
    msg = _message("Re: with attachment")
    msg.set_content(ANSWER)
    msg.add_attachment(os.urandom(size_mb * 1024 * 1024), maintype="application", subtype="pdf",
                       filename="portfolio.pdf")
    return msg.as_bytes()


def long_thread(lines: int) -> bytes:
    msg = _message("Re: long thread")
    history = "".join(f"{'>' * (1 + i // 2000)} earlier message line {i} with some words in it\n" for i in range(lines))
    msg.set_content(ANSWER + "\nOn Mon, 16 Nov 2026 at 09:02, Bot <endorse@bot.example> wrote:\n" + history)
    return msg.as_bytes()


def stdlib(raw: bytes) -> object:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    return body.get_content() if body is not None else None


def rate(fn: Callable[[bytes], object], raw: bytes, rounds: int) -> tuple[float, float]:
    """(messages per second, slowest single parse in seconds)."""
    slowest = 0.0
    start = time.perf_counter()
    for _ in range(rounds):
        t = time.perf_counter()
        fn(raw)
        slowest = max(slowest, time.perf_counter() - t)
    return rounds / (time.perf_counter() - start), slowest


def cpu_pairs(fn: Callable[[bytes], object], base: Callable[[bytes], object], raw: bytes, burst: int,
              pairs: int) -> tuple[float, float, float]:
    """(CPU seconds per message of fn, of base, median of the pairs' ratios fn / base), in alternated bursts."""
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(pairs):
        for out, f in ((ours, fn), (theirs, base)):
            start = time.process_time()
            for _ in range(burst):
                f(raw)
            out.append((time.process_time() - start) / burst)
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    return statistics.median(ours), statistics.median(theirs), statistics.median(ratios)


# (module, function) of the stages --stages times; "Class.method" for a class method.
STAGES = (
    ("bot.mail.parse", "parse_mail"), ("bot.mail.newtext", "extract"), ("bot.evaluation.rules", "judge_rules"),
    ("bot.evaluation.reading", "Reading.of"), ("bot.evaluation.language", "detect_language"),
    ("bot.evaluation.tools", "find_tools"), ("bot.evaluation.metrics", "find_metrics"),
    ("bot.evaluation.tips", "find_tip"), ("bot.evaluation.manipulation", "read_manipulation"),
    ("bot.evaluation.abuse", "find_abuse"),
)


def stages(raw: bytes, judge: Callable[[bytes], object], rounds: int = 2_000) -> None:
    """CPU microseconds per judgement in each of STAGES, the whole judgement and the bare parse."""
    spent: collections.Counter[str] = collections.Counter()

    def timed(name: str, fn: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start
        return run

    for module_name, name in STAGES:
        module = importlib.import_module(module_name)
        if "." in name:
            owner, method = name.split(".")
            cls = getattr(module, owner)
            setattr(cls, method, classmethod(timed(name, cls.__dict__[method].__func__)))
            continue
        original = getattr(module, name)
        for loaded in list(sys.modules.values()):  # every module that imported it by name
            if getattr(loaded, "__name__", "").startswith("bot") and vars(loaded).get(name) is original:
                setattr(loaded, name, timed(name, original))
    for fn, label in ((judge, "whole judgement"), (stdlib, "bare stdlib parse")):
        start = time.process_time()
        for _ in range(rounds):
            fn(raw)
        spent[label] = time.process_time() - start
    for label, seconds in spent.most_common():
        print(f"{seconds / rounds * 1e6:9.1f} us  {label}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--cpu", action="store_true", help="CPU time, judgement and bare parse alternated")
    ap.add_argument("--only", default="", help="only the message of this name (\"plain reply\")")
    ap.add_argument("--stages", action="store_true", help="CPU per stage of the plain reply's judgement")
    args = ap.parse_args()
    makers: dict[str, tuple[Callable[[], bytes], int]] = {
        "plain reply": (plain, args.rounds * 10),
        "html + plain reply": (html, args.rounds * 10),
        "5 MB attachment": (lambda: with_attachment(5), max(args.rounds // 5, 3)),
        "25 MB attachment": (lambda: with_attachment(25), 3),
        "10,000-line thread": (lambda: long_thread(10_000), max(args.rounds // 5, 3)),
    }
    samples = {name: (make(), rounds) for name, (make, rounds) in makers.items()
               if args.only in ("", name)}
    settings = Settings()
    evaluate_bytes(plain(), settings)  # load the lexicons once, as a running daemon has

    def judge(raw: bytes) -> object:
        return evaluate_bytes(raw, settings)

    if args.stages:
        stages(plain(), judge, rounds=args.rounds * 40)
        return 0
    if args.cpu:
        print(f"{'message':<22}{'size':>10}  {'judgement CPU ms':>17}{'stdlib CPU ms':>15}"
              f"  {'cost x (median of pairs)':>25}")
        for name, (raw, rounds) in samples.items():
            ours_s, base_s, ratio = cpu_pairs(judge, stdlib, raw, max(rounds // 3, 1), 15)
            print(f"{name:<22}{len(raw) / 1e6:>8.2f}MB  {ours_s * 1e3:>17.3f}{base_s * 1e3:>15.3f}  {ratio:>25.2f}")
        return 0
    header = f"{'message':<22}{'size':>10}  {'parse_mail msg/s':>17}{'judgement msg/s':>16}{'(worst s)':>10}"
    print(f"{header}  {'stdlib msg/s':>13}{'(worst s)':>10}  {'cost x':>7}")
    for name, (raw, rounds) in samples.items():
        ours, _ = rate(parse_mail, raw, rounds)
        whole, whole_worst = rate(judge, raw, rounds)
        base, base_worst = rate(stdlib, raw, rounds)
        print(f"{name:<22}{len(raw) / 1e6:>8.2f}MB  {ours:>17.1f}{whole:>16.1f}{whole_worst:>10.3f}"
              f"  {base:>13.1f}{base_worst:>10.3f}  {base / whole:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
