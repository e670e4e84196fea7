"""Attack (issue 10 item 11, red-team variants): the answer written inside an element a browser or mail client
never draws without script or plugins, under a one-line visible "Thanks": a ``<dialog>`` that is not ``open``,
an element with the ``popover`` attribute (both ``display: none`` until script shows them), ``<noembed>`` and
``<noframes>`` (fallbacks shown only where embeds or frames are not supported), ``<rp>`` (a ruby annotation's
fallback parentheses, display:none wherever ruby is drawn). Each was read as visible text
and passed. Now such text is hidden (only the injection checks read it); an open dialog stays visible.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("element", ["dialog", "popover", "noembed", "noframes", "rp"])
def test_an_answer_in_an_element_never_drawn_is_hidden_and_never_passes(element: str) -> None:
    raw = (FIXTURES / f"answer_hidden_in_{element}.eml").read_bytes()

    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize(("html", "visible"), [
    ("<p>Hi</p><dialog>secret words</dialog>", False),
    ("<p>Hi</p><dialog open>shown words</dialog>", True),
    ("<p>Hi</p><div popover>secret words</div>", False),
    ("<p>Hi</p><div popover=manual><b>secret words</b></div>", False),
    ("<p>Hi</p><noembed>secret words</noembed>", False),
    ("<p>Hi</p><noframes><p>secret words</p></noframes>", False),
    ("<p>Hi <ruby>kan<rp>secret words</rp><rt>shown words</rt></ruby></p>", False),
    ("<p>Hi <ruby>kan<rp>(</rp><rt>shown words</rt><rp>)</rp></ruby></p>", True),
])
def test_which_elements_are_drawn(html: str, visible: bool) -> None:
    text = html_to_text(html)
    words = "shown words" if visible else "secret words"
    assert (words in text.text) is visible
    assert (words in text.hidden) is not visible


def test_an_answer_in_an_open_dialog_is_read() -> None:
    mail = parse_mail((FIXTURES / "answer_in_an_open_dialog.eml").read_bytes())
    assert "Hootsuite" in mail.reply_text
