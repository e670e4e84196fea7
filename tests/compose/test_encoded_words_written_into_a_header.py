"""Attack (issue 10 item 10, red-team variant): a line break smuggled into a header of mail we send as an RFC 2047
encoded word. ``endorsebot request --endorser-name '=?utf-8?q?Al=0D=0ABcc:_x@evil.example?='`` holds no control
character, so the name rule and the composition check let it through, and the ASCII Subject was written as it
stood: every mail reader decodes the word, and the candidate read a Subject of two lines, "Al" then "Bcc:
x@evil.example would like to endorse you". The same word can carry an escape sequence or a right-to-left override
past every check on names (``=?utf-8?b?...?=``), and an echoed subject or the bot's name can hold one too.

Whatever the value, a header we write holding "=?" is itself encoded, so a reader shows exactly the text the
value holds, "=?" and all."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from bot.outbound.compose import Composer, Rendered
from bot.settings import Settings

SETTINGS = Settings().replace(bot={"address": "bot@bot.test", "name": "endorsebot"})
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
# Each word decodes to a character the composition check or the name rule refuses.
WORDS = [
    "=?utf-8?q?Al=0D=0ABcc:_x@evil.example?=",  # CR LF in Q
    "=?utf-8?b?QWwNCkJjYzogeEBldmlsLmV4YW1wbGU=?=",  # the same in B
    "=?utf-8?q?Al=E2=80=A8Bcc:_x@evil.example?=",  # U+2028
    "=?utf-8?q?Al=1B]8;;https://evil.example=07click=1B]8;;=07?=",  # an OSC 8 hyperlink
    "=?utf-8?q?=E2=80=AEecila?=",  # a right-to-left override
    "=?iso-8859-1?q?Al=85Bcc:_x?=",  # NEL in Latin-1
]


def decoded(data: bytes, name: str) -> str:
    return str(message_from_bytes(data, policy=policy.default)[name]).strip()


@pytest.mark.parametrize("word", WORDS)
def test_a_subject_holding_an_encoded_word_is_shown_as_written(word: str) -> None:
    subject = f"{word} would like to endorse you"
    data = Composer(SETTINGS).build(Rendered(subject, "Hello.\n", None), to=["gina@cand.example"],
                                    message_id="<m.1@bot.test>", date=WHEN)
    assert decoded(data, "Subject") == subject
    assert message_from_bytes(data)["Bcc"] is None


@pytest.mark.parametrize("word", WORDS[:2])
def test_a_bot_name_holding_an_encoded_word_is_shown_as_written(word: str) -> None:
    composer = Composer(SETTINGS.replace(bot={"name": word}))
    data = composer.build(Rendered("s", "b\n", None), to=["gina@cand.example"], message_id="<m.1@bot.test>",
                          date=WHEN)
    shown = decoded(data, "From")
    assert word in shown and "\r" not in shown and "\n" not in shown and shown.endswith("<bot@bot.test>")
