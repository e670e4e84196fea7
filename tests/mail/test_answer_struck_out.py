"""Attack (issue 10 item 11, red-team variant): the answer written struck through (``<del>``, ``<s>``,
``<strike>``, ``text-decoration: line-through``) above a short "Thanks". A reader sees it taken back, the rules
read it as the answer and passed it. Struck-out text is now kept with the hidden text (never an answer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_struck_out_with_del", "answer_struck_out_with_s",
                                     "answer_struck_out_with_line_through"])
def test_a_struck_out_answer_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()

    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize(("html", "visible"), [
    ("<p>I use <s>secret words</s> Buffer</p>", False),
    ("<p>I use <strike>secret words</strike> Buffer</p>", False),
    ("<p>I use <span style='text-decoration: red line-through'>secret words</span></p>", False),
    ("<p>I use <span style='text-decoration: underline'>shown words</span></p>", True),
    ("<p>I use <ins>shown words</ins></p>", True),
])
def test_which_text_is_taken_back(html: str, visible: bool) -> None:
    text = html_to_text(html)
    words = "shown words" if visible else "secret words"
    assert (words in text.text) is visible
