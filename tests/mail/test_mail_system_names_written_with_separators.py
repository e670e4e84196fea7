"""Issue 9 item 8, bounces from gateways not yet covered: mail systems write their names with separators of their
own, "post_master" (a text-message gateway's JavaMail notices), "Mail-Delivery-System", "mailer.daemon", where the
lists hold "postmaster", "mail.delivery.system", "mailer-daemon". Such a notice that answers the message it
returns ("Re:<subject>") and says "550 ... no such user here" had no sign a mail system sent it, so it was read as
the candidate's reply. A sender's local part is compared without its separators."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["bounce_from_post_master_answering_the_subject",
                                     "bounce_from_mail_delivery_system_with_dashes"])
def test_the_notice_is_a_bounce(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    assert parsed(fixture).kind is MailKind.BOUNCE
