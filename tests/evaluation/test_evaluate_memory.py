"""`endorsebot evaluate` over many files: memory that does not grow with their number (issue 3, item 7)."""

from __future__ import annotations

import argparse
import os
import tracemalloc
from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.commands.evaluate import _run_all
from bot.settings import Settings


def _reply_with_attachment(size: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana <dana@mail.example>"
    msg["To"] = "bot@bot.example"
    msg["Subject"] = "Re: skills check"
    msg.set_content("I use Hootsuite and Canva. I watch reach, engagement rate and CTR.\n"
                    "Tip: with angry customers, apologise and move the conversation to DMs.\n")
    msg.add_attachment(os.urandom(size), maintype="application", subtype="pdf", filename="cv.pdf")
    return msg.as_bytes()


async def _peak_bytes(files: list[str]) -> int:
    tracemalloc.reset_peak()
    args = argparse.Namespace(files=files, format="json", classifier=None)
    assert await _run_all(args, Settings()) == 0
    return tracemalloc.get_traced_memory()[1]


async def test_judging_ten_times_as_many_files_needs_no_more_memory(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reply_with_2mb_attachment.eml"
    path.write_bytes(_reply_with_attachment(2 * 1024 * 1024))
    tracemalloc.start()
    try:
        few = await _peak_bytes([str(path)] * 3)
        many = await _peak_bytes([str(path)] * 30)
    finally:
        tracemalloc.stop()
    assert capsys.readouterr().out.count('"verdict": "pass"') == 33
    # Kept results or raw bytes would make this ten times larger; one message at a time stays flat.
    assert many < few * 1.5, (few, many)
