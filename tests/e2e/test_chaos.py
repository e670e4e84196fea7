"""A small chaos campaign in the suite (issue 12): the real daemon SIGKILLed at random and chosen moments
(before the server's 250, just after it, while mail is read, at a deadline, during start-up), Dovecot
restarted and the SMTP server down for a while, while candidates answer. Counted from the mailboxes on
disk and the database: nothing lost, nothing delivered twice, every outcome the expected one.
``bench/chaos.py --kills 100`` runs the full campaign and prints the figures."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.chaos import CampaignSettings, run_campaign


async def test_a_few_kills_and_server_restarts_lose_nothing_and_double_nothing(tmp_path: Path) -> None:
    settings = CampaignSettings(kills=6, seed=12, requests=6, window_s=20.0, fault_rate=0.5)
    figures = await run_campaign(settings, tmp_path)

    report = "\n".join(figures.lines())
    assert figures.kills == 6 and sum(figures.server_faults.values()) > 0, report
    assert figures.requests == 6 and figures.replies > 0, report
    assert figures.lost == 0, report
    assert figures.duplicates == 0 and figures.logical_duplicates == 0, report
    assert figures.wrong == 0 and figures.not_final == 0, report
