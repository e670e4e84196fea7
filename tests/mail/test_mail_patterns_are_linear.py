"""Reading mail costs time linear in the message, whatever a hostile sender writes.

Every regex that reads a message's subject, lines or body is checked in its compiled form: a repeat
without an upper bound must be possessive (it never gives back what it read), so one match attempt
reads each character a bounded number of times. Then the slowest shapes for these patterns (long
runs of spaces, dashes, colons, quote marks) are read at two sizes: twice the text may not cost
much more than twice the work, measured as a ratio in the same run.
"""

from __future__ import annotations

import dataclasses
import re
import re._parser as regex_syntax
import time
from collections.abc import Iterator

import pytest

from bot.mail import bounces, kinds, newtext, quotes, signature
from bot.mail.parse import parse_mail


def _compiled_regexes() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in (kinds, quotes, signature, bounces, newtext):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{module.__name__}.{name}", value
        if hasattr(module, "_patterns"):
            table = module._patterns()
            for field in dataclasses.fields(table):
                value = getattr(table, field.name)
                for rx in value if isinstance(value, tuple) else (value,):
                    if isinstance(rx, re.Pattern):
                        yield f"{module.__name__}.{field.name}", rx


REGEXES = dict(_compiled_regexes())


def _repeats_that_give_back(tree: object) -> list[str]:
    found: list[str] = []
    if isinstance(tree, regex_syntax.SubPattern):
        for op, arg in tree.data:
            if str(op) in ("MAX_REPEAT", "MIN_REPEAT") and arg[1] == regex_syntax.MAXREPEAT:
                found.append(str(op))
            found += _repeats_that_give_back(arg)
    elif isinstance(tree, tuple | list):
        for item in tree:
            found += _repeats_that_give_back(item)
    return found


def test_the_mail_regexes_are_all_checked():
    assert len(REGEXES) > 20
    assert "bot.mail.kinds.bounce_body" in REGEXES and "bot.mail.quotes.any_label" in REGEXES


@pytest.mark.parametrize("name", sorted(REGEXES))
def test_no_mail_regex_can_give_back_a_run(name):
    rx = REGEXES[name]
    assert _repeats_that_give_back(regex_syntax.parse(rx.pattern, rx.flags)) == [], rx.pattern[:160]


def test_a_greedy_repeat_is_caught():
    assert _repeats_that_give_back(regex_syntax.parse(r"^\s*from\s+x", 0)) == ["MAX_REPEAT", "MAX_REPEAT"]


# A hostile report: a bounce's headers (so every body check runs) over runs that stress the
# patterns that read the body and the lines.
_HOSTILE_LINES = (
    "could    not " + " " * 300 + "x",
    "-" * 300 + " original message",
    ">" * 8 + " 550" + " -" * 100,
    "On " + "1, " * 100 + "wrote",
    "From:" + " " * 200 + "x",
    "P.S." + " " * 200,
)


def _hostile_bounce(lines: int) -> bytes:
    body = "\n".join(_HOSTILE_LINES[i % len(_HOSTILE_LINES)] for i in range(lines))
    return ("From: MAILER-DAEMON@mx.example\nSubject: failure notice\nReturn-Path: <>\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body).encode()


def _work(raw: bytes) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        parse_mail(raw)
        # As a reply too: the new-text steps read every line of a reply.
        newtext.extract(raw.decode())
        best = min(best, time.process_time() - start)
    return best


def test_twice_the_hostile_text_costs_about_twice_the_work():
    small, large = _work(_hostile_bounce(600)), _work(_hostile_bounce(2400))
    # Linear: 4x the text, about 4x the work; quadratic would be 16x. Generous slack for a busy machine.
    assert large < small * 9
