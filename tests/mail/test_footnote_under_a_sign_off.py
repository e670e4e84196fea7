"""A footnote under the sign-off ("IRC[*]" in the text, "-Carl", then "[*] #notmuch on irc..."): the
writer's own words, like a P.S., though it stands where a signature would. A paragraph that opens with
a footnote marker ("[*]", "[1]", "(*)") which the text above uses is set aside before the signature is
cut and put back after it. A marker the text never uses is no footnote: such a line under a closing is
the signature's."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_a_footnote_under_a_dashed_name_is_kept(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("footnote_under_a_dashed_name").reply_text
    assert "three channels" in text
    assert "private\nmessage." in text and "-Marta" not in text


def test_a_numbered_footnote_under_a_closing_is_kept(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("numbered_footnote_under_a_closing").reply_text
    assert "reposts and quotes" in text
    assert "Best," not in text


def test_a_bracketed_line_the_text_never_refers_to_stays_in_the_signature(
        parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("bracketed_line_under_a_closing_not_a_footnote").reply_text
    assert "Storgatan" not in text and "Best," not in text
    assert text.endswith("time to a first answer.")


def test_a_marked_paragraph_with_the_answer_going_on_under_it_stays_in_place() -> None:
    from bot.mail.parse import parse_mail

    raw = (b"From: Jonas Berg <jonas@mail.example>\nTo: endorse@bot.example\nSubject: Re: Skills check\n"
           b"Content-Type: text/plain; charset=utf-8\n\nWe count shares[1] every week.\n\n"
           b"[1] Reposts and quotes together.\n\nFor angry customers we answer within the hour, in public first,"
           b" and then we take the conversation to a private message.\n\nBest,\nJonas\n")
    text = parse_mail(raw).reply_text
    assert text.index("Reposts") < text.index("within the hour")
    assert "Best," not in text
