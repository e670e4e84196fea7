"""A bounce shows the receiving server's own words (550 5.1.1 User unknown) wherever the bounce is shown:
`status`, the admins' alert, the digest and the endorser's mail; not a bare "bounce for x"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.mail.diagnostic import bounce_diagnostic
from tests.e2e.harness import deployment

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


@pytest.mark.parametrize(("fixture", "said"), [
    ("bounce_yahoo_failure_delivery.eml",
     "550 5.1.1 <missing.person@yahoo.example>: Recipient address rejected: User unknown"),
    ("bounce_antivirus_gateway_interscan.eml", "550 5.1.1 <left.company@corp.example>... User unknown"),
    ("bounce_qmail_plain.eml", "Sorry, no mailbox here by that name. (#5.1.1)"),
    ("bounce_rfc3464_delivery_status.eml", "status 5.1.1"),
    ("bounce_exim_failed_recipients.eml", ""),  # no code at all: nothing is made up
])
def test_the_servers_own_words_are_read_from_the_report(fixture: str, said: str) -> None:
    assert bounce_diagnostic((MAIL / fixture).read_bytes().decode("latin-1")) == said


def test_a_folded_diagnostic_code_field_is_read_whole_with_its_status() -> None:
    report = ("Final-Recipient: rfc822; gina@cand.example\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp; 552 Mailbox full:\n quota exceeded\n")

    assert bounce_diagnostic(report) == "5.2.2 552 Mailbox full: quota exceeded"


async def test_a_real_bounce_carries_the_diagnostic_to_status_alert_digest_and_endorser(
        mail_servers: object, tmp_path: Path) -> None:
    from bot.admin.digest import gather_digest
    from bot.admin.digest_send import render_digest
    from bot.commands.status import load_detail
    from bot.console.views import detail_text

    async with deployment(mail_servers, tmp_path) as d:
        request = await d.request("nobody@bounce.test")
        request = await d.wait_status(request, "undeliverable")
        await d.wait_outbox_idle()
        outbox = await d.outbound()
        assert d.app is not None
        async with d.app.db.session() as session:
            detail = await load_detail(session, request.id or 0)
            digest = render_digest(d.app.composer, d.app.settings,
                                   await gather_digest(session, d.app.settings, d.clock.now()))
    assert detail is not None
    [to_endorser] = [m for m in outbox if m.kind == "undeliverable"]
    alerts = [m for m in outbox if m.kind == "alert" and b"undeliverable" in m.data]
    said = bounce_diagnostic(detail.inbound[0].raw.decode("latin-1") if detail.inbound[0].raw else "")
    assert said.startswith("5") and "5.1.1" in said
    assert said in detail_text(detail, "UTC")
    assert said.encode() in to_endorser.data.replace(b"=\r\n", b"")
    assert alerts and said.split(" ", 2)[1].encode() in alerts[0].data
    assert said.split(" ", 2)[1] in digest.text
