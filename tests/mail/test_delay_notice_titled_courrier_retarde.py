"""Issue 9 item 8, delay notices from MTAs not yet covered: a French delay notice titled "Courrier retardé" (the
masculine, as "courrier" and "message" take it; the lists held only the feminine "remise différée" / "retardée")
over a text in words of its own was read as an automatic reply, and the request it is about as answered. It is a
mail system's report (kind bounce) that delivery is late, not that it failed: the request stays open."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import MailKind, ParsedMail


def test_the_notice_is_a_delay(parsed: Callable[[str], ParsedMail]) -> None:
    mail = parsed("bounce_delay_french_masculine_subject")
    assert mail.kind is MailKind.BOUNCE
    assert mail.delivery_delayed
