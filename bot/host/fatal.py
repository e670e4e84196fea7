"""Conditions the daemon cannot work around, and how admins hear about them.

A refused IMAP or SMTP login (wrong or revoked password) or a database that cannot be written will
not heal by waiting. After a bounded retry the daemon stops with a non-zero exit status so a
supervisor restarts it or pages someone; before that it tells the admins through whatever still
works:

| broken   | the alert goes                                                               |
|----------|------------------------------------------------------------------------------|
| IMAP     | recorded as an alert row and mailed through the outbox (SMTP still works)    |
| SMTP     | recorded as an alert row (digest and `endorsebot status`), mailed next start |
| database | mailed straight over SMTP, no database involved                              |

and always as one CRITICAL log line.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import TYPE_CHECKING, Literal

from bot.outbound import addresses
from bot.ports import OutgoingEmail

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("endorsebot.daemon")

Part = Literal["imap", "lmtp", "smtp", "database", "internal"]
# Exit status of `endorsebot run` when it stops on a Fatal condition (1 = failed, see README).
EXIT_FATAL = 1
# Sending the last alert must not keep a broken daemon alive for long.
ALERT_TIMEOUT_S = 30.0


class Fatal(Exception):
    """The daemon must stop: ``part`` is what is broken, ``detail`` the server's or driver's words."""

    def __init__(self, part: Part, detail: str) -> None:
        super().__init__(f"{part}: {detail}")
        self.part = part
        self.detail = detail

    @property
    def summary(self) -> str:
        what = {"imap": "the IMAP server refused the bot's login",
                "lmtp": "the LMTP listener cannot bind its address ([ingress] listen)",
                "smtp": "the SMTP server refused the bot's login",
                "database": "the database cannot be written",
                "internal": "an unexpected error ended one of its tasks"}[self.part]
        return f"endorsebot stopped: {what} ({self.detail}). Fix it and restart the daemon."


async def alert_admins(app: App, fatal: Fatal) -> str:
    """Tell the admins through whatever still works; return how they were told (for the log)."""
    try:
        if fatal.part == "database":
            return await asyncio.wait_for(_mail_directly(app, fatal), ALERT_TIMEOUT_S)
        return await asyncio.wait_for(_record_and_queue(app, fatal), ALERT_TIMEOUT_S)
    except Exception as exc:  # the alert is best effort: the exit status and the log line still tell
        log.error("could not alert the admins", extra={"error": f"{type(exc).__name__}: {exc}"[:300]})
        return "log only"


async def _record_and_queue(app: App, fatal: Fatal) -> str:
    async with app.db.session() as session:
        alert = await app.alerts.raise_alert(session, kind="daemon_stopped", summary=fatal.summary,
                                             now=app.clock.now())
        await session.commit()
    if alert.outbound_id is None:
        return "alert recorded (an alert of this kind went out recently)"
    if fatal.part == "smtp":
        return "alert recorded; mailed once SMTP works again"
    sent = await app.outbox.flush()
    return f"alert mailed ({sent} message(s) sent)"


async def _mail_directly(app: App, fatal: Fatal) -> str:
    """Without a database there is no outbox: render the alert and hand it to SMTP ourselves."""
    from bot.admin.mailer import admin_addresses

    admins = admin_addresses(app.settings)
    if not admins:
        return "no [admins] addresses; log only"
    now = app.clock.now()
    domain = addresses.split(app.settings.bot.address)[1]
    async with app.outbox.open_sender() as sender:
        for admin in admins:
            rendered = app.composer.render("alert", {
                "kind": "daemon_stopped", "summary": fatal.summary, "request_id": None, "inbound_id": None,
                "actions": (), "request_status": None, "admin": admin, "reply_to": None})
            message_id = f"<admin-alert.{secrets.token_hex(8)}@{domain}>"
            data = app.composer.build(rendered, to=[admin], message_id=message_id, date=now)
            await sender.send(OutgoingEmail(message_id, app.settings.bot.address, (admin,), data))
    return f"alert mailed directly to {len(admins)} admin(s)"
