"""Issue 9 (the plain reply within 2x the bare parse): `bench/parse_bench.py --stages` says where the judgement's
CPU goes, stage by stage, so the README's figures have a command behind them. Run as its own process: it wraps the
stages' functions for the rest of the process."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_stage_breakdown_names_every_stage_with_its_cpu() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from parse_bench import STAGES
    finally:
        sys.path.remove(str(ROOT / "bench"))
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "parse_bench.py"), "--stages", "--rounds", "1"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    found = dict((label, float(us)) for us, label in re.findall(r"^\s*([\d.]+) us  (.+)$", out, re.MULTILINE))
    assert set(found) == {name for _, name in STAGES} | {"whole judgement", "bare stdlib parse"}, out
    # The stages nest: a stage's CPU holds the CPU of those it calls.
    assert found["whole judgement"] >= found["judge_rules"] >= found["find_tools"], out
