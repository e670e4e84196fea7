"""`endorsebot evaluate` pays only for judging: it never loads what judging does not use.

Measured before: one small reply took 0.9 to 1.0 s of wall time, of which about 0.3 s was importing
SQLAlchemy to check a database URL the command never opens, and 0.2 to 0.3 s importing wordfreq
(and its langcodes) to read one word list. A caller judging one file per process (a hostile-mail
suite, a shell loop) paid that on every message.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"

_PROGRAM = """
import sys
from bot.cli import main
code = main(["evaluate", "--format", "json", sys.argv[1]])
loaded = [name for name in ("sqlalchemy", "sqlmodel", "wordfreq", "langcodes") if name in sys.modules]
print("LOADED", " ".join(loaded), file=sys.stderr)
sys.exit(code)
"""


def _evaluate(path: Path, **env: str) -> tuple[dict, list[str]]:
    done = subprocess.run([sys.executable, "-c", _PROGRAM, str(path)], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path), **env}, check=True)
    [loaded] = [line.split()[1:] for line in done.stderr.splitlines() if line.startswith("LOADED")]
    return json.loads(done.stdout), loaded


def test_judging_a_reply_that_names_an_unknown_tool_loads_no_database_library_and_no_wordfreq(
        tmp_path: Path) -> None:
    reply = tmp_path / "reply.eml"
    reply.write_text(
        "From: Gina <gina@cand.example>\nTo: endorse@bot.example\nSubject: Re: your endorsement\n"
        "Message-ID: <r1@cand.example>\n\n"
        "We schedule everything with Kurrently and design in Canva.\n", encoding="utf-8")

    result, loaded = _evaluate(reply)

    assert "Kurrently" in json.dumps(result["criteria"]["tools"])  # the unknown name was weighed
    assert loaded == []


def test_evaluate_does_not_refuse_a_database_url_it_never_opens(tmp_path: Path) -> None:
    reply = tmp_path / "reply.eml"
    reply.write_text("From: gina@cand.example\nTo: endorse@bot.example\nSubject: Re: x\n\nI use Canva.\n",
                     encoding="utf-8")

    result, _ = _evaluate(reply, ENDORSEBOT_DATABASE_URL="mysql://bot@db/endorse")

    assert result["kind"] == "reply"
