"""Issue 9 item 8 (charset oddities, broken RFC 2047): broken mailers leave spaces inside a Q-encoded word
("=?iso-8859-1?q?R=E9ponse automatique?=") or cut the value before the last word's "?=". RFC 2047 section 5 forbids
both, and mail readers decode them anyway; the subject was kept encoded, so a notice's "Réponse automatique" was
never read and the notice was judged as the candidate's answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.headers import parse_header_block
from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(
    ("scenario", "subject"),
    [
        ("subject_q_word_with_spaces_left_in", "Réponse automatique : Skills check"),
        ("subject_word_cut_before_its_end", "Réponse automatique : Skills check"),
    ],
)
def test_a_broken_encoded_subject_is_read_as_readers_show_it(
        parsed: Callable[[str], ParsedMail], scenario: str, subject: str) -> None:
    mail = parsed(scenario)
    assert mail.subject == subject
    assert mail.kind is MailKind.AUTO_REPLY


@pytest.mark.parametrize(
    "value",
    [b"Price =?? tips =?", b"=?x-no-such-charset?q?abc", b"a=?b?c?d"],
)
def test_text_that_only_looks_encoded_is_left_as_written(value: bytes) -> None:
    assert parse_header_block(b"Subject: " + value) == (("subject", value.decode()),)
