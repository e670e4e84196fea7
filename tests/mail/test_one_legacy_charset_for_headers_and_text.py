"""Issue 9 item 8, class "legacy 8-bit text no part declares": an old client writes its Subject in KOI8-R, EUC-KR or
CP1250 raw (no RFC 2047 word) and its text with no charset parameter. The header and the text were each detected
alone, and a subject is a few words: KOI8-R's read as Shift JIS, the text as CP852 or not at all (Latin-1
mojibake), while the other piece came out right. A message is written in one charset: it is detected once, over
the header's and the text's bytes together, and read into both."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail


@pytest.mark.parametrize(("fixture", "subject", "text"), [
    ("legacy_charset_undeclared_koi8r", "Ответ: три вопроса о вашей работе",
     "Я планирую посты в Buffer и каждую неделю смотрю охват."),
    ("legacy_charset_undeclared_euckr", "답장: 소셜 미디어 업무에 관한 세 가지 질문",
     "저는 Buffer로 게시물을 예약하고 매주 도달 범위를 확인합니다."),
    ("legacy_charset_undeclared_cp1250", "Odp: trzy pytania o pracę w mediach",
     "Planuję posty w Buffer i co tydzień śledzę zasięg."),
])
def test_the_subject_and_the_text_are_read_in_one_charset(parsed: Callable[[str], ParsedMail], fixture: str,
                                                           subject: str, text: str) -> None:
    mail = parsed(fixture)
    assert mail.subject == subject
    assert mail.reply_text == text


def _mail(subject: bytes, ctype: bytes, body: bytes) -> bytes:
    return (b"From: Jo <jo@x.example>\nTo: bot@bot.example\nSubject: " + subject + b"\nMIME-Version: 1.0\n" + ctype
            + b"Content-Transfer-Encoding: 8bit\n\n" + body + b"\n")


def test_a_declared_charset_is_still_read_first() -> None:
    """Guard: the text's own declaration decodes the raw Subject, as before; no detection."""
    subject, body = "Ответ: вопросы", "Я использую Buffer."
    mail = parse_mail(_mail(subject.encode("cp1251"), b"Content-Type: text/plain; charset=windows-1251\n",
                            body.encode("cp1251")))
    assert (mail.subject, mail.reply_text) == (subject, body)


def test_a_carried_messages_parts_keep_their_own_reading() -> None:
    """Guard: the parts of a message this one carries (a forward, a returned copy) are not this message's text."""
    inner = "Content-Type: text/plain; charset=koi8-r\n\nПривет".encode("koi8-r")
    raw = (b"From: Jo <jo@x.example>\nTo: bot@bot.example\nSubject: Fwd\nMIME-Version: 1.0\n"
           b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee below.\n"
           b"--b\nContent-Type: message/rfc822\n\n" + inner + b"\n--b--\n")
    assert parse_mail(raw).reply_text.startswith("See below.")


def test_utf8_and_ascii_messages_are_not_detected() -> None:
    mail = parse_mail(_mail("Re: вопросы".encode(), b"", "Я использую Buffer.".encode()))
    assert (mail.subject, mail.reply_text) == ("Re: вопросы", "Я использую Buffer.")


def test_a_part_that_declares_its_charset_still_reads_the_headers() -> None:
    """Guard: with one text part declared and another not, the headers are read in the declared charset (as
    before), and only the undeclared part takes the detected one."""
    subject = "Ответ: вопросы о работе"
    declared = "Я использую Buffer и смотрю охват.".encode("cp1251")
    undeclared = ("Планирую посты в Buffer и каждую неделю смотрю охват и сохранения, "
                  "а на злых клиентов отвечаю быстро и вежливо.").encode("koi8-r")
    raw = (b"From: Jo <jo@x.example>\nTo: bot@bot.example\nSubject: " + subject.encode("cp1251")
           + b"\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
           b"--b\nContent-Type: text/plain; charset=windows-1251\n"
           b"Content-Transfer-Encoding: 8bit\n\n" + declared + b"\n--b\nContent-Type: text/plain\n"
           b"Content-Disposition: inline\nContent-Transfer-Encoding: 8bit\n\n" + undeclared + b"\n--b--\n")
    assert parse_mail(raw).subject == subject
