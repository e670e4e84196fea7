"""Seconds to parse hostile shapes at the issue's sizes (issue 10 item 2): each must stay linear.

Usage: ``.venv/bin/python bench/hostile_bench.py``. Prints one line per attack: size and seconds
(best of three, process CPU time) for parse_mail on a whole message.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.mail.parse import parse_mail


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


def main() -> None:
    for name, build in ATTACKS.items():
        raw = build()
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            parse_mail(raw)
            best = min(best, time.process_time() - start)
        print(f"{name:45} {len(raw) / 1e6:6.2f} MB  {best:7.3f} s")


if __name__ == "__main__":
    main()
