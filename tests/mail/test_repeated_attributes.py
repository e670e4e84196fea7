"""Attack (issue 10 item 11, red-team variant): an attribute written twice, '<p style="color:#fff"
style="color:#000">', '<p class=h class=v>' under '.h{display:none}', '<font color=white color=black>'. A
browser keeps the first value (HTML drops a repeated attribute), so the answer is white or hidden; the reader
kept the last one, read the answer as visible and passed it. The first value is now kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_under_a_repeated_style_attribute",
                                     "answer_under_a_repeated_class_attribute",
                                     "answer_under_a_repeated_font_colour"])
def test_an_answer_hidden_by_the_first_of_a_repeated_attribute_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


def test_the_first_of_a_repeated_attribute_decides_either_way() -> None:
    assert "I use Buffer" in html_to_text("<p style='color:#000' style='color:#fff'>I use Buffer</p>").text
    assert "I use Buffer" in html_to_text("<p STYLE='display:none' style='display:block'>I use Buffer</p>").hidden
