"""`endorsebot demo`: the whole flow on the embedded sandbox, narrated in order, each thing told once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.demo import run_demo


async def test_the_demo_ends_with_every_outcome_the_issue_asks_for_and_tells_it_in_order(tmp_path: Path) -> None:
    lines: list[str] = []
    db = tmp_path / "demo.sqlite3"

    final = await run_demo(db, out=lines.append)

    assert {r.candidate_email: r.status for r in final} == {
        "gina@gmail.example": "passed",
        "owen@outlook.example": "passed",
        "pat@yahoo.example": "failed",
        "nora@proton.example": "expired",
        "bob@bounce.test": "undeliverable",
    }
    text = "\n".join(lines)

    def at(fragment: str) -> int:
        [index] = [i for i, line in enumerate(lines) if fragment in line]  # told exactly once
        return index

    # Each reply's story is told before the clock moves on to the next one.
    assert at("+2h: Gina Garcia replies") < at("request #1: replied -> passed") < at("+5h: Owen O'Neill replies")
    assert at("+5h: Owen O'Neill replies") < at("request #2: replied -> passed") < at("+9h: Pat Patel replies")
    assert at("+24h:") < at("SMTP reminder      to nora@proton.example") < at("+36h:")
    assert at("+36h:") < at("request #3: replied -> failed")
    assert at("from mailer-daemon@mx.sandbox.test: bounce") < at("+2h: Gina Garcia replies")

    # Every email the outbox sent is narrated, once; the database is kept where --db asked.
    with sqlite3.connect(db) as conn:
        [(sent,)] = conn.execute("SELECT count(*) FROM outbound_message WHERE status = 'sent'").fetchall()
    assert text.count("  -> SMTP ") == sent
    [pat_row] = [row for row in lines[-1].splitlines() if "pat@yahoo.example" in row]  # the outcome table
    assert pat_row.split()[2:] == ["failed", "no", "no", "no", "missing", "tools,", "metrics,", "tip"]
