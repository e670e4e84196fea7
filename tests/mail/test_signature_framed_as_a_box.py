"""Issue 9 item 8, signatures in many languages: a Japanese signature is commonly framed as a name card between two
rules of box-drawing characters ("━━━━", "────", "＝＝＝＝"), and some senders frame theirs between two rules of
"=" in any language. The rule was not read as one (only "-_=*#" drew rules) and two rules drawn the same framed only
a list's footer, so the card stayed in the reply text. A box with a phone number or a mail address in it is a
signature; answers between two rules hold neither and stay."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_the_japanese_name_card_is_not_the_answer(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("japanese_signature_in_a_ruled_box").reply_text
    assert text.startswith("投稿はBufferで予約し")
    assert "━" not in text and "03-1234-5678" not in text and "広報部" not in text


def test_a_box_of_equals_signs_with_a_phone_number_is_a_signature(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("signature_in_a_box_of_equals_signs").reply_text == (
        "I schedule posts with Buffer and check reach and saves every week.")


def test_answers_between_two_rules_stay(parsed: Callable[[str], ParsedMail]) -> None:
    assert "Tip: reply once in public" in parsed("answers_between_two_rules_of_equals_signs").reply_text
