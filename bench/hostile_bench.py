"""Seconds to parse and to judge hostile shapes at the issue's sizes (issue 10 items 1-2).

Usage: ``.venv/bin/python bench/hostile_bench.py [--size-mb N]``. Prints one line per attack: size and
seconds (best of three, process CPU time) for parse_mail on a whole message; then, for dense hostile
replies (keyword soup, anger words, separator runs, short sentences, one giant sentence, huge HTML...),
parse_mail plus the rules as the daemon runs them (judge_bounded, so at most [evaluation]
max_judged_chars of new text), the seconds per MB of message, and the same rules on 20 KB of each
shape alone (the most text they are ever given).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation.bounded import judge_bounded
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings


def _mail(headers: str, body: str = "I use Buffer.", html: bool = False) -> bytes:
    kind = "text/html" if html else "text/plain"
    return (f"From: Dana <dana@mail.example>\r\n{headers}Subject: Re: Skills check\r\n"
            f"Content-Type: {kind}; charset=utf-8\r\n\r\n{body}").encode()


ATTACKS: dict[str, Callable[[], bytes]] = {
    "100,000 To addresses": lambda: _mail("To: " + ", ".join(f"u{i}@x.example" for i in range(100_000)) + "\r\n"),
    "1.1 MB single-line header of encoded words": lambda: _mail("X-Long: " + "=?utf-8?q?abc?= " * 70_000 + "\r\n"),
    "<div> x 40,000": lambda: _mail("", "<div>" * 40_000, html=True),
    "<b>x x 40,000 (one long line)": lambda: _mail("", "<b>x" * 40_000, html=True),
    "<b> x 20,000 then </i> x 20,000": lambda: _mail("", "<b>" * 20_000 + "</i>" * 20_000, html=True),
    "one table row of 40,000 cells": lambda: _mail("", "<table><tr>" + "<td>x" * 40_000, html=True),
    "'<a ' x 80,000, never closed": lambda: _mail("", "<a " * 80_000, html=True),
    "40,000 styled elements": lambda: _mail("", '<p style="color:#fefefe;font:0/0 a">x</p>' * 40_000, html=True),
}


# Dense hostile reply text: each unit repeated to the size asked.
DENSE: dict[str, tuple[str, bool]] = {
    "keyword soup, one answer per line": ("Tools: Hootsuite, Buffer and Canva. Metrics: engagement rate, CTR and "
                                          "reach. Tip: listen, apologise, take it private.\n", False),
    "keyword soup, one line": ("Hootsuite Buffer Canva engagement rate CTR reach listen apologise angry ", False),
    "repeated anger words": ("angry furious upset irate rude customers\n", False),
    "anger sentences": ("When a customer is angry I listen and apologise.\n", False),
    "separator runs": ("take " + "-" * 60 + "\n", False),
    "many short sentences": ("I use it. " * 8 + "\n", False),
    "one giant sentence": ("listen, " * 400 + "\n", False),
    "usage frames with unknown names": ("We use Zorblax and Quintor and Flibber.\n", False),
    "capitalised words": ("I Use Some Tool Named Acme Pro\n", False),
    "huge HTML": ("<p>I use <b>Buffer</b> and watch <i>reach</i>. Listen to angry customers.</p>\n", True),
}


def _best(call: Callable[..., object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=float, default=1.0)
    args = parser.parse_args()
    for name, build in ATTACKS.items():
        raw = build()
        print(f"{name:45} {len(raw) / 1e6:6.2f} MB  {_best(lambda raw=raw: parse_mail(raw)):7.3f} s")
    settings = EvaluationSettings()
    judge_bounded(parse_mail(_mail("", "warm up: I use Buffer.")), settings)  # lexicons load outside the count
    print(f"\nparse + rules (judge_bounded, max_judged_chars={settings.max_judged_chars:,}); "
          f"rules alone on {settings.max_judged_chars:,} characters")
    for name, (unit, html) in DENSE.items():
        body = unit * max(1, int(args.size_mb * 1e6) // len(unit))
        raw = _mail("", body, html=html)
        whole = _best(lambda raw=raw: judge_bounded(parse_mail(raw), settings))
        mail = parse_mail(_mail("", unit * (settings.max_judged_chars // len(unit)), html=html))
        alone = _best(lambda mail=mail: judge_bounded(mail, settings))
        print(f"{name:45} {len(raw) / 1e6:6.2f} MB  {whole:7.3f} s  {whole / (len(raw) / 1e6):6.2f} s/MB"
              f"   rules on {len(mail.reply_text) / 1e3:5.1f} KB: {alone:6.3f} s")


if __name__ == "__main__":
    main()
