"""Issue 9 item 8, reading a reply as a client shows it: OpenPGP's cleartext signature (RFC 4880 section 7), which
mutt, Enigmail and many mailing-list users put around a plain message, wraps the text in an armor line and its
"Hash:" header above, a signature block of base64 below, and escapes every signed line that starts with "-" as
"- -" (so the signature delimiter "-- " reads "- -- "). The armor, the hash header and the signature's base64 were
read as the candidate's words, and the escaped delimiter was no delimiter. The signed text is read alone, as the
client shows it; a block that is not whole is read as it is."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.decode import _without_clearsign_armor
from bot.mail.message import ParsedMail


def test_the_signed_text_is_read_alone(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("reply_clearsigned_inline_with_pgp").reply_text
    assert text.startswith("I plan posts in Buffer")
    assert text.endswith("take it private.")


def test_a_block_with_no_end_is_left_as_it_is() -> None:
    text = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nI use Buffer.\n-----BEGIN PGP SIGNATURE-----\nabc\n"
    assert _without_clearsign_armor(text) == text
