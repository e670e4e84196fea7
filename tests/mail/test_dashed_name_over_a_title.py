"""A name signed with a dash ("--Ravi Menon", "— Ines") was taken for the signature only on the last line;
with a title or a company under it ("Brightside Media, LLC") the whole block was read as the sender's words.
The dashed name may now have up to three short lines under it that are no sentences; a sentence under it
("--Dan" / "I also use Canva.") keeps the block the sender's."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail


def test_dashed_name_over_a_company_line(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("dashed_name_over_company_line").reply_text
    assert text.strip() == "We schedule in Sprout Social and report reach every week."


def test_em_dash_name_over_title_and_company(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("em_dash_name_over_title_and_company").reply_text
    assert text.strip().endswith("private first.") and "Community Lead" not in text


def test_a_sentence_under_a_dashed_name_is_kept() -> None:
    raw = (b"From: info@ko.example\nTo: endorse@bot.example\nSubject: Re: Skills check\n"
           b"Content-Type: text/plain; charset=utf-8\n\nI track reach and saves.\n\n"
           b"--Dan\nI also plan everything in Canva.\n")
    assert "I also plan everything in Canva." in parse_mail(raw).reply_text
