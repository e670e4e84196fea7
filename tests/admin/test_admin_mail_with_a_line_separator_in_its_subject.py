"""Attack (issue 10 item 10, red-team variant): an email from an admin's address (forged or not) whose Subject
decodes to a Unicode line separator, NEL or a bare CR/LF ("=?utf-8?q?hi=E2=80=A8Bcc:_eve@evil.example?=").
The admin's confirmation echoes the subject in its own Subject header: compose refused it (no injection), but
the whole message then failed and was quarantined with a traceback, so the admin got no answer, a
"quarantined" alert came instead, and the text after a CR/LF was moved into the confirmation's body. Now the
echo is one line (line-breaking characters become spaces) and the message is handled as any other.
"""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from tests.workflow.world import World


@pytest.mark.parametrize("subject", [
    "=?utf-8?q?hi=E2=80=A8Bcc:_eve@evil.example?=",  # U+2028 LINE SEPARATOR
    "=?utf-8?q?hi=C2=85Bcc:_eve@evil.example?=",  # NEL
    "=?utf-8?q?hi=0D=0ABcc:_eve@evil.example?=",  # CR LF
    "hi\u2029Bcc: eve@evil.example",  # raw UTF-8 PARAGRAPH SEPARATOR
])
async def test_the_subject_echo_neither_injects_nor_stops_the_answer(world: World, subject: str) -> None:
    raw = (f"From: ada@admin.test\r\nTo: bot@bot.test\r\nSubject: {subject}\r\nMessage-ID: <sep@admin.test>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\napprove 12\r\n").encode()

    row = await world.deliver("", raw=raw)

    assert row.reason == Reason.ADMIN_UNSIGNED
    [answer] = await world.outbound(kind="confirmation")
    assert answer.recipients == ["ada@admin.test"]
    assert "eve@evil.example" in answer.subject and "\n" not in answer.subject
    head = answer.data.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in head and b"\nBcc:" not in head
    assert not await world.outbound(kind="alert")
