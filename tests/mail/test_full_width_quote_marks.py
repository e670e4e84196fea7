"""Issue 9 item 8, quotes of more clients: Japanese phones' mail and some Japanese clients quote the older message
with the full-width "＞" instead of ">". Those lines were read as the sender's own, so the request's questions stayed
in the reply text. A "＞" inside a sentence quotes nothing."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_lines_under_a_full_width_mark_are_quoted(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("full_width_quote_marks").reply_text == "投稿はBufferで予約し、毎週リーチと保存数を見ています。"


def test_the_mark_inside_a_sentence_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("full_width_mark_inside_a_sentence").reply_text.endswith("の順に重視しています。")
