"""Issue 9 item 8, known leftover "a bare -----Original Message----- separator with no header block after it": the
separator over the older message alone is cut, but not when an HTML reply turned into text runs the older message's
first line on after the closing rule ("-----Original Message----- Hello Sam,"), nor in Turkish, where the
separator also reads "-----Orijinal İleti-----" (not only "Özgün İleti"). The request under it was read as the
sender's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text


@pytest.mark.parametrize(
    ("scenario", "answer_end"),
    [
        ("original_message_rule_with_the_older_text_run_on", "take the details to a private message."),
        ("original_message_rule_in_turkish_orijinal_ileti", "yanıt süresini izliyorum."),
    ],
)
def test_the_older_message_under_a_bare_separator_is_not_read(
    parsed: Callable[[str], ParsedMail], scenario: str, answer_end: str
) -> None:
    text = parsed(scenario).reply_text
    assert text.endswith(answer_end)
    assert "Please tell us" not in text


def test_rules_inside_the_senders_own_line_cut_nothing() -> None:
    text = "I use Buffer.\nI keep a list -- tools -- and metrics.\n\n---- Reach -- saves ----\nMore of my words."
    assert extract_new_text(text) == text
