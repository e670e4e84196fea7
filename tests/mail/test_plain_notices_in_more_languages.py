"""Issue 9 item 8, out-of-office notices in more languages and wordings, sent as plain replies (an Outlook rule's
template, a host's responder: no automatic-reply header, the subject answered): Romanian ("Sunt în concediu ...
Pentru urgențe ..."), Greek ("Θα απουσιάζω ... Για επείγοντα θέματα ..."), Danish ("Ved hastende henvendelser ..."),
an owner who left ("I no longer work at ... Please direct any questions to ..."), and a Chinese notice whose away
phrase runs into the date ("休假至12月14日": a digit after a phrase of a script without spaces was read as part of its
word). Each was judged as the candidate's reply. A person on leave who answers anyway writes no closing of a
notice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize("fixture", ["plain_notice_romanian", "plain_notice_greek", "plain_notice_danish",
                                     "plain_notice_chinese_date_after_the_phrase",
                                     "plain_notice_no_longer_works_here"])
def test_the_notice_is_an_automatic_reply(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    assert parsed(fixture).kind is MailKind.AUTO_REPLY


def test_a_person_on_leave_who_answers_is_replying(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("persons_reply_on_leave_with_answers_romanian").kind is MailKind.REPLY
