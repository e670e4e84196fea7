"""What a reader sees must not be lost (issue 10 item 11): "aria-hidden" hides an element from a screen reader, not
from sight, and templates set it on whole blocks they call decorative. The HTML reader counted its text as hidden,
so a genuine answer in such a block was lost and the reply failed. Its text is drawn, so it is read; "hidden" (the
attribute, display:none) still hides."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.settings import Settings
from tests.mail.conftest import FIXTURES


def test_an_answer_hidden_from_screen_readers_only_is_read() -> None:
    raw = (FIXTURES / "answer_in_an_element_hidden_from_screen_readers_only.eml").read_bytes()
    assert evaluate_bytes(raw, Settings())["verdict"] == "pass"


def test_the_hidden_attribute_still_hides() -> None:
    rendered = html_to_text("<p>Thanks</p><p hidden aria-hidden='false'>I use Buffer</p>")
    assert "I use Buffer" not in rendered.text and "I use Buffer" in rendered.hidden
