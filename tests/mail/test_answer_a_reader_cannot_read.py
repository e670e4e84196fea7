"""Attack (issue 10 item 11, red-team variants): an answer that is on screen but cannot be read.

- Each line of a plain-text answer under a RIGHT-TO-LEFT OVERRIDE (U+202E): every letter is drawn right to
  left ("I use Hootsuite" reads "etiustooH esu I"), while the rules read the logical order and passed it.
- The same in HTML: ``<bdo dir="rtl">``, or ``unicode-bidi: bidi-override; direction: rtl``.
- The answer in a symbol font (``font-family: Wingdings``): a row of pictures.

Text drawn backwards is kept with the hidden text (the injection checks read it, reversed); a symbol font sends
the reply to review as ``style_unchecked``. A right-to-left isolate (U+2067) or mark around Latin text leaves it
readable, and is still read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_drawn_backwards_by_rlo", "answer_drawn_backwards_by_bdo",
                                     "answer_drawn_backwards_by_bidi_override"])
def test_an_answer_drawn_backwards_is_not_the_reply(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()

    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


def test_an_answer_in_a_symbol_font_goes_to_review() -> None:
    result = evaluate_bytes((FIXTURES / "answer_in_wingdings.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


def test_latin_text_in_a_right_to_left_isolate_is_still_read() -> None:
    raw = (FIXTURES / "answer_in_a_right_to_left_isolate.eml").read_bytes()
    assert "Hootsuite" in parse_mail(raw).reply_text


@pytest.mark.parametrize(("html", "visible"), [
    ("<p>Hi <bdo dir='rtl'>secret words</bdo></p>", False),
    ("<p>Hi <bdo dir='ltr'>shown words</bdo></p>", True),
    ("<p dir='rtl'>shown words</p>", True),
    ("<p style='direction:rtl'>shown words</p>", True),
    ("<p style='unicode-bidi:bidi-override;direction:rtl'>secret words</p>", False),
    ("<p style='font-family:Arial, sans-serif'>shown words</p>", True),
])
def test_which_html_is_drawn_readably(html: str, visible: bool) -> None:
    text = html_to_text(html)
    words = "shown words" if visible else "secret words"
    assert (words in text.text) is visible
    assert not text.style_unchecked
