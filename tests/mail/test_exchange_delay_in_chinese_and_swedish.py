"""Issue 9 item 8, delay warnings of more systems: Exchange's delay notice in Simplified Chinese ("延迟传递:", with
"传递" for delivery as in its "无法传递" failure) and in Swedish ("Leveransen är försenad:"), sent from the mail
system's address, named neither a failure nor a delay in words that were read, so it was judged as a reply. It is a
report of a delay: the address may yet work."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["exchange_delay_simplified_chinese", "exchange_delay_swedish"])
def test_a_delay_warning(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    mail = parsed(fixture)
    assert mail.kind is MailKind.BOUNCE
    assert mail.delivery_delayed
