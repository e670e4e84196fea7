"""Benchmark: rendering and building N reminder emails with the Composer (issue 15 item 5).

    .venv/bin/python bench/compose_bench.py [--count 5000]

Prints emails per second for render alone (templates -> text) and for render + build (-> RFC 5322
bytes), one Composer for the whole run as the daemon has. No database, no network: this is the
composing share of a reminder sweep.
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from bot.outbound.compose import Composer
from bot.settings import Settings


def main(count: int) -> None:
    settings = Settings().replace(bot={"address": "bot@bench.test", "name": "endorsebot"})
    composer = Composer(settings)
    deadline = datetime(2026, 3, 1, 9, 30, tzinfo=UTC) + timedelta(hours=48)
    contexts = [{"request": SimpleNamespace(endorser_name="Ada Endorser", endorser_email="ada@bench.test",
                                            candidate_name=f"Candidate {n}", deadline_at=deadline),
                 "thresholds": SimpleNamespace(min_tools=2, min_metrics=2)} for n in range(count)]
    composer.render("reminder", contexts[0])  # warm: the first render compiles in either version

    started = time.perf_counter()
    rendered = [composer.render("reminder", ctx) for ctx in contexts]
    render_s = time.perf_counter() - started

    started = time.perf_counter()
    for n, item in enumerate(rendered):
        composer.build(item, to=[f"c{n}@cand.test"], message_id=f"<m.{n}@bench.test>", date=deadline)
    build_s = time.perf_counter() - started

    print(f"{count} reminders: render {count / render_s:,.0f}/s ({render_s * 1e6 / count:.0f} us each), "
          f"render+build {count / (render_s + build_s):,.0f}/s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=5000)
    main(parser.parse_args().count)
