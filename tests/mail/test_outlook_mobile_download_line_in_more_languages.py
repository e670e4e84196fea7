"""Issue 9 item 8, signatures and phone footers in many languages: Outlook for iOS and Android puts its download line
under the reply; in Russian ("Скачайте Outlook для Android"), Czech ("Stáhněte si Outlook pro Android"), Chinese with
the platform first ("获取 Android 版 Outlook"), Polish, Finnish, Hebrew and Arabic it was not read as a footer and
stayed in the reply text over the header block."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "answer"), [
    ("outlook_android_footer_russian", "Планирую посты в Buffer и каждую неделю смотрю охват."),
    ("outlook_android_footer_czech", "Příspěvky plánuji v Bufferu a každý týden sleduji dosah."),
    ("outlook_android_footer_chinese_platform_first", "我用Buffer排期，每周看触达。"),
])
def test_the_download_line_is_not_the_senders(parsed: Callable[[str], ParsedMail], fixture: str, answer: str) -> None:
    assert parsed(fixture).reply_text == answer
