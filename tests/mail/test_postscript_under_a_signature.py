"""A P.S. written under the signature is the sender's own words (issue 9 item 8: text after a block is not dropped).

People sign, then remember one more thing: "Noor" / "-- " / "Noor Haddad | Newsletter lead" / a blank line / "P.S.
When a reader writes in upset, ...". The signature delimiter ends the sender's text for everything a client
appends there, but a P.S. paragraph right under a short signature (at most six lines of at most seventy
characters, as a signature is read elsewhere) was written by the sender: it is kept, and the signature is
not. A P.S. under a long block (a shop's footer with its address, hours and offers) is that footer's.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail


def test_a_postscript_under_a_short_signature_is_kept(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("postscript_under_a_dashed_signature").reply_text
    assert "take ten minutes, then answer calmly and offer a fix." in text
    assert "Newsletter lead" not in text and "Lakeside Books" not in text
    assert "wrote:" not in text and "One tip for dealing" not in text


def test_a_postscript_under_a_long_footer_stays_in_it(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("long_text_after_a_signature_with_a_postscript").reply_text
    assert "Unsubscribe" not in text and "Harbour Street" not in text
    assert "Looker Studio." in text
