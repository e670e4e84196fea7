"""Attack (issue 10 item 11, red-team variant): '.a{display:none}' hides the answer, and a "<style>" that no
browser applies reveals it: inside a comment ("<!-- <style>.a{display:block!important}</style> -->"), a
<script>, a <template>, a <textarea>, an attribute's value ('<p title="<style>...">'), or "<style
media=print>". The style blocks were found with a plain search
and all applied, so the reveal won and the answer passed. A "<style>" in a comment or in an element whose
content is text or inert, and one with a media condition, now only ever hides; a real one reads as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_revealed_by_style_in_a_comment", "answer_revealed_by_style_in_a_script",
                                     "answer_revealed_by_style_in_a_template",
                                     "answer_revealed_by_style_in_a_text_area", "answer_revealed_by_style_for_print",
                                     "answer_revealed_by_style_in_an_attribute"])
def test_a_reveal_no_browser_applies_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("html", [
    "<style>.a{display:none}</style><style>.a{display:block}</style><p class=a>I use Buffer</p>",
    "<style type='text/css'><!-- .a{display:none} .a{display:block} --></style><p class=a>I use Buffer</p>",
    "<style media='screen'>.a{display:none}</style><style media=all>.a{display:block}</style>"
    "<p class=a>I use Buffer</p>",
])
def test_real_style_elements_still_reveal(html: str) -> None:
    assert "I use Buffer" in html_to_text(html).text


def test_style_in_a_comment_may_still_hide() -> None:
    assert "I use Buffer" in html_to_text("<!--[if mso]><style>.m{display:none}</style><![endif]-->"
                                          "<p class=m>I use Buffer</p>").hidden
