"""A name signed with a dash under a line that ends in an emoji shortcode (":+1:", ":smile:", as GitHub, Slack and
many web mailers write them): the shortcode's colon was read as a line introducing a list ("The tools I use:"), so
the name stayed in the sender's words. A line that does introduce a list still keeps its dashed items."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text


def test_dashed_name_under_a_shortcode_is_a_signature(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("dashed_name_under_an_emoji_shortcode").reply_text
    assert text.endswith("Hope that helps :+1:") and "Marta" not in text


def test_a_shortcode_alone_over_a_dashed_name() -> None:
    assert extract_new_text(":+1:\n\n-Dana Reyes\n") == ":+1:"


def test_a_line_introducing_a_list_keeps_its_dashed_item() -> None:
    assert extract_new_text("The tool I use:\n\n-Buffer\n") == "The tool I use:\n\n-Buffer"
