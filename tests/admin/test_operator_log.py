"""An operator reads what happened from the log: one line per email sent, status change and verdict, by
request id and outbox id, never by a person's address or a request's token (real Dovecot and SMTP, the daemon
as deployed)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.logs import JsonFormatter, redact_addresses
from tests.e2e.harness import deployment


async def test_each_email_status_change_and_verdict_is_one_line_by_request_id(
        mail_servers: object, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    async with deployment(mail_servers, tmp_path) as d:
        request = await d.request("gina@cand.example")
        await d.candidate_sends("good_reply_gmail.eml", request)
        await d.wait_status(request, "passed")
        await d.wait_outbox_idle()
        outbox = await d.outbound()

    lines = [r for r in caplog.records if getattr(r, "request_id", None) == request.id]
    sent = {(vars(r)["kind"], vars(r)["outbound_id"]) for r in lines if r.getMessage() == "sent"}
    assert sent == {(row.kind, row.id) for row in outbox if row.request_id == request.id}
    assert {"request", "outcome"} <= {kind for kind, _ in sent}
    changes = [(vars(r)["from"], vars(r)["to"]) for r in lines if r.getMessage() == "status"]
    assert changes == [("requested", "sent"), ("sent", "replied"), ("replied", "passed")]
    [verdict] = [r for r in lines if r.getMessage() == "verdict"]
    assert vars(verdict)["verdict"] == "pass" and vars(verdict)["met"] == {
        "tools": True, "metrics": True, "angry_customer_tip": True}
    formatted = "\n".join(JsonFormatter().format(r) for r in caplog.records)
    assert "gina@cand.example" not in formatted and "alice@members.example" not in formatted
    assert request.token not in formatted and all("message_id" not in vars(r) for r in lines)


@pytest.mark.parametrize(("text", "logged"), [
    ("SMTP 550 5.1.1 <gina@cand.example>: Recipient address rejected", "SMTP 550 5.1.1 <<address>>: Recipient "
                                                                        "address rejected"),
    ("IMAP login refused for bot@bot.test", "IMAP login refused for bot@bot.test"),  # the bot's own: kept
    ("no address here, just an @ sign", "no address here, just an @ sign"),
])
def test_a_personal_address_never_reaches_a_log_line(text: str, logged: str) -> None:
    assert redact_addresses(text, frozenset({"bot@bot.test"})) == logged

