"""Issue 9 item 8, charsets: HZ (RFC 1843, declared "HZ-GB-2312" as RFC 1842 registers it) writes GB 2312 Chinese
in ASCII bytes, each run of Chinese between "~{" and "~}", for mail and news that passed only 7 bits. A text all in
ASCII bytes was read as the ASCII it looks like ("~{NRSC~}Hootsuite..."), as UTF-7 and ISO-2022 text once was: the
candidate's answer was lost. A 7-bit text declared HZ is now decoded as HZ."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_a_reply_declared_hz_is_read_in_chinese(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("reply_in_hz_gb_2312").reply_text
    assert text.startswith("我用Hootsuite排期发帖")
    assert "回复时间" in text and "~{" not in text
