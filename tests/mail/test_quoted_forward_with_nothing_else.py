"""Issue 9 item 8, class "a forward quoted whole": Apple Mail forwards in plain text with every line of the
forwarded message quoted ("> Begin forwarded message:", "> From: ...", "> ..."), in the user's language. A text that
is nothing but such a forward was read as a quote with nothing new (an empty answer); it is read as the same forward
unquoted, what the sender passes on, like an unquoted forward with nothing written above it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


@pytest.mark.parametrize(("fixture", "text"), [
    ("apple_mail_plain_forward_quoted_whole",
     "Jag planerar inlägg i Publer och följer räckvidd och svarstid varje vecka."),
    # Apple Mail in Russian names the sender "Отправитель:" and the copy "Копия:".
    ("apple_mail_plain_forward_quoted_russian_fields",
     "Планирую публикации в SMMplanner и слежу за охватом и временем ответа."),
    # A plain marker and header block over the forwarded text quoted (Missive and others).
    ("forward_marker_over_quoted_text_nothing_above",
     "I draft posts in Notion and schedule them with Publer.\nI watch saves and the time to first reply."),
    # Apple's marker in a language the lists lack: a short line ending in a colon over the header block.
    ("apple_mail_plain_forward_quoted_unlisted_marker",
     "Ég skipulegg færslur í Publer og fylgist með útbreiðslu og svartíma."),
])
def test_a_message_that_is_only_a_quoted_forward_is_what_the_sender_passes_on(
        parsed: Callable[[str], ParsedMail], fixture: str, text: str) -> None:
    mail = parsed(fixture)
    assert mail.reply_text == text
    # Still someone else's words when the forward's header names another sender (here the sender's other address).
    assert "work.example" not in mail.reply_text


@pytest.mark.parametrize("shape", ["> Begin forwarded message:\n> From: a@b.c\n> To: d\n> Subject: e\n> x\n",
                                   "> a:\n>\n" + "> b\n" * 5, ">" * 50 + " x\n"])
def test_only_a_whole_quoted_forward_is_unquoted_in_linear_time(shape: str) -> None:
    # A quote over the sender's own words, or a quote that is no forward, stays a quote.
    header = "> From: a@b.example\n> To: c\n> Subject: d\n>\n"
    assert extract_new_text(f"> Begin forwarded message:\n{header}> Old.\n\nMine.") == "Mine."
    assert extract_new_text("> Which tools do you use?\n> And which metrics?") == ""
    plain = "---------- Forwarded message ----------\nFrom: a@b.example\nTo: c\nSubject: d\n\n> Old."
    assert extract_new_text(f"{plain}\n\nMine.") == "Mine."
    assert extract_new_text(f"> Begin forwarded message:\n>\n{header}> Theirs.") == "Theirs."
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24


def test_the_quoted_text_under_a_plain_forward_header_is_unquoted_in_linear_time() -> None:
    head = "---------- Forwarded message ----------\nFrom: a@b.example\nTo: c\nSubject: d\n\n"
    assert extract_new_text(f"{head}> Theirs.\n> Still theirs.") == "Theirs.\nStill theirs."
    assert cpu_growth(extract_new_text, head + "> x\n" * 2000, head + "> x\n" * 16000) < 24


def test_apple_mails_romanian_header_fields(parsed: Callable[[str], ParsedMail]) -> None:
    # Apple Mail in Romanian writes "Expeditorul:", "Subiectul:", "Dată:", "Destinatarul:" under its marker.
    assert parsed("apple_mail_romanian_forward_nothing_above").reply_text == (
        "Programez postările în Metricool și urmăresc rata de implicare în fiecare lună.")
